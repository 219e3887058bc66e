/// The class view's reading of an .xlsx roster in the page, so a workbook is previewed as a CSV is:
/// the zip package's entries inflated with the browser's own `DecompressionStream`, the first sheet
/// (as the server takes it) and its shared strings read with `DOMParser`. No library: the page loads
/// nothing but itself. When the browser cannot read the file, the page sends it and shows the server's
/// reading instead.
extension TeacherPage {
    static let workbookScript = #"""
    const WORKBOOK_PART_LIMIT = 32 * 1024 * 1024;
    // The cells of an .xlsx workbook's first sheet, row by row; throws when the package cannot be read.
    async function workbookCells(bytes) {
      if (typeof DecompressionStream === "undefined") throw new Error("no DecompressionStream");
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let end = -1;
      for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
        if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
      }
      if (end < 0) throw new Error("no central directory");
      const entries = new Map();
      let at = view.getUint32(end + 16, true);
      for (let n = view.getUint16(end + 10, true); n > 0; n--) {
        if (view.getUint32(at, true) !== 0x02014b50) throw new Error("bad central directory");
        const nameLength = view.getUint16(at + 28, true);
        entries.set(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)), {
          method: view.getUint16(at + 10, true), size: view.getUint32(at + 20, true),
          unpacked: view.getUint32(at + 24, true), local: view.getUint32(at + 42, true),
        });
        at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      }
      async function part(name) {
        const entry = entries.get(name);
        if (!entry) return null;
        if (entry.unpacked > WORKBOOK_PART_LIMIT) throw new Error("part too large");
        const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
        const data = bytes.subarray(start, start + entry.size);
        if (entry.method !== 0 && entry.method !== 8) throw new Error("unknown compression");
        const text = entry.method === 0 ? new TextDecoder().decode(data)
          : await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text();
        const doc = new DOMParser().parseFromString(text, "application/xml");
        if (doc.getElementsByTagName("parsererror").length) throw new Error("bad XML in " + name);
        return doc;
      }
      const all = (node, tag) => node ? [...node.getElementsByTagNameNS("*", tag)] : [];
      // Text runs, without the phonetic guides (rPh) Korean and Japanese Excel add.
      const runs = (node) => all(node, "t").filter((t) => t.parentNode.localName !== "rPh").map((t) => t.textContent).join("");
      const workbook = await part("xl/workbook.xml");
      const sheet = all(workbook, "sheet")[0];
      if (!sheet) throw new Error("no sheet");
      const id = sheet.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
      const relation = all(await part("xl/_rels/workbook.xml.rels"), "Relationship").find((r) => r.getAttribute("Id") === id);
      if (!relation) throw new Error("no sheet part");
      const target = relation.getAttribute("Target");
      const worksheet = await part(target.startsWith("/") ? target.slice(1) : "xl/" + target);
      if (!worksheet) throw new Error("no sheet part");
      const shared = all(await part("xl/sharedStrings.xml"), "si").map(runs);
      const rows = [];
      for (const row of all(worksheet, "row")) {
        const index = Number(row.getAttribute("r")) - 1;
        const at = Number.isInteger(index) && index >= rows.length ? index : rows.length;
        if (at > 100000) throw new Error("too many rows");
        const cells = [];
        for (const cell of all(row, "c")) {
          const letters = (cell.getAttribute("r") || "").match(/^[A-Z]+/)?.[0];
          const column = letters ? [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 : cells.length;
          if (column > 16384) throw new Error("too many columns");
          const type = cell.getAttribute("t"), value = all(cell, "v")[0]?.textContent ?? "";
          cells[column] = type === "s" ? shared[Number(value)] ?? "" : type === "inlineStr" ? runs(cell) : value;
        }
        rows[at] = Array.from(cells, (text) => text ?? "");
      }
      return Array.from(rows, (row) => row ?? []);
    }
    """#
}
