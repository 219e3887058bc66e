import Foundation
import Rosters

/// The class view's roster: the file is read in the page (CSV in UTF-8 or CP949, or an .xlsx's first
/// sheet with `TeacherPage+Workbook`; the header spellings the server takes) and its students shown
/// before anything is sent; a workbook the page cannot read is sent as it is and the server's reading
/// is the class table. A roster the server refuses is shown next to the file, naming the row or column.
extension TeacherPage {
    /// `{"번호":[…],"이름":[…],"메모":[…]}`: the header spellings `RosterColumn` accepts, normalized.
    static let rosterColumns: String = {
        let columns = Dictionary(uniqueKeysWithValues: RosterColumn.allCases.map { ($0.rawValue, $0.spellings.sorted()) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(columns)) ?? Data("{}".utf8), as: UTF8.self)
    }()

    static let rosterScript = #"""
    const ROSTER_COLUMNS = __ROSTER_COLUMNS__;
    const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const ROSTER_MAX_BYTES = 2 * 1024 * 1024;
    const ROSTER_MAX_STUDENTS = 200;
    const roster = { file: null, kind: null };

    const classSection = $("classSection");
    const classRuleYear = $("classRuleYear");
    fillRuleYears(classRuleYear);
    fillSections(classSection, classRuleYear.value);
    function syncClassSection() {
      const limit = sectionLimit(classSection.value, classRuleYear.value);
      $("classSubjectLabel").classList.toggle("hidden", classSection.value !== "subject");
      $("classTargetBytes").max = limit.byteLimit;
      $("classTargetBytes").value = limit.byteLimit;
    }
    classSection.addEventListener("change", syncClassSection);
    classRuleYear.addEventListener("change", () => { fillSections(classSection, classRuleYear.value); syncClassSection(); });
    syncClassSection();

    // RFC 4180 CSV, as the server reads it: quoted fields may hold commas, quotes ("") and line breaks.
    function csvCells(text) {
      const rows = [];
      let row = [], field = "", quoted = false, line = 1;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
          if (c === '"') {
            if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
          } else {
            if (c === "\n") line++;
            field += c;
          }
        } else if (c === '"' && field === "") quoted = true;
        else if (c === ",") { row.push(field); field = ""; }
        else if (c === "\n" || c === "\r") {
          if (c === "\r" && text[i + 1] === "\n") i++;
          row.push(field); rows.push(row); row = []; field = ""; line++;
        } else field += c;
      }
      if (quoted) throw new Error(`${line}번째 줄: 따옴표(")로 연 칸이 닫히지 않았습니다.`);
      if (field !== "" || row.length) { row.push(field); rows.push(row); }
      return rows;
    }
    // A header cell as the server compares it: no spaces, BOM or case, a note in parentheses dropped.
    function headerKey(cell) {
      let key = cell.replace(/\uFEFF/g, "").replace(/\s/g, "").toLowerCase();
      const open = key.search(/[(\[]/);
      if (open > 0) key = key.slice(0, open);
      return key;
    }
    // The students of a roster's cells: the first non-empty row is the header, every later non-empty row
    // a student (rows numbered as a spreadsheet numbers them).
    function rosterRows(cells) {
      const blank = (row) => row.every((cell) => !cell.trim());
      const headerIndex = cells.findIndex((row) => !blank(row));
      if (headerIndex < 0) throw new Error("명렬표가 비어 있습니다. 번호와 메모 열이 있는 머리글 행과 학생별 행이 필요합니다.");
      const header = cells[headerIndex];
      const columns = {};
      header.forEach((cell, index) => {
        const key = headerKey(cell);
        for (const [column, spellings] of Object.entries(ROSTER_COLUMNS)) {
          if (!spellings.includes(key)) continue;
          if (column in columns) throw new Error(`${headerIndex + 1}행: ${column} 열이 두 개입니다. 하나만 남겨 주세요.`);
          columns[column] = index;
        }
      });
      for (const column of ["번호", "메모"]) {
        if (!(column in columns)) {
          const examples = ROSTER_COLUMNS[column].filter((s) => /[가-힣]/.test(s)).join(", ");
          throw new Error(`${column} 열이 없습니다 (예: ${examples}). 찾은 머리글 행: ${header.map((h) => h.slice(0, 30)).join(" | ")}`);
        }
      }
      const students = [], seen = new Map();
      for (let index = headerIndex + 1; index < cells.length; index++) {
        if (blank(cells[index])) continue;
        const line = index + 1;
        const cell = (column) => column in columns ? (cells[index][columns[column]] || "").trim() : "";
        const numberText = cell("번호");
        const number = Number(numberText);
        if (!numberText || !Number.isInteger(number) || number < 1 || number > 100000) {
          throw new Error(`${line}행: 번호가 ${numberText ? `"${numberText.slice(0, 20)}"` : "비어 있음"}입니다. 양의 정수여야 합니다.`);
        }
        if (seen.has(number)) throw new Error(`${line}행: 번호 ${number}은(는) 이미 ${seen.get(number)}행에 있습니다. 학생마다 한 번씩 적어 주세요.`);
        seen.set(number, line);
        const name = cell("이름");
        if (name.length > 50 || /[\r\n]/.test(name)) throw new Error(`${line}행 (번호 ${number}): 이름은 한 줄, 50자 이내여야 합니다.`);
        const notes = cell("메모");
        if (!notes) throw new Error(`${line}행 (번호 ${number}): 메모가 비어 있습니다.`);
        students.push({ number, name, notes, line });
      }
      if (!students.length) throw new Error("머리글 행만 있고 학생이 없습니다.");
      if (students.length > ROSTER_MAX_STUDENTS) throw new Error(`학생이 ${students.length}명입니다. 한 번에 ${ROSTER_MAX_STUDENTS}명까지 보낼 수 있습니다.`);
      return students;
    }
    // UTF-8 (a byte order mark allowed), else CP949 as Korean Excel saves "CSV".
    function rosterText(bytes) {
      try { return new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch { /* not UTF-8: try CP949 */ }
      try { return new TextDecoder("euc-kr", { fatal: true }).decode(bytes); } catch { /* neither */ }
      throw new Error("파일이 UTF-8도 CP949도 아닙니다. 'CSV UTF-8' 또는 .xlsx로 다시 저장해 주세요.");
    }

    function showRosterError(text) {
      $("rosterError").textContent = text;
      $("rosterError").classList.toggle("hidden", !text);
    }
    function showPreview(students) {
      const rows = students.map((s) => `<tr data-number="${s.number}"><td class="num">${s.number}</td><td>${escapeHTML(s.name)}</td>`
        + `<td>${escapeHTML(s.notes.replace(/\s+/g, " ").slice(0, 40))}${s.notes.length > 40 ? "…" : ""}</td>`
        + `<td class="num">${neisBytes(s.notes).toLocaleString()}</td></tr>`).join("");
      $("rosterPreview").innerHTML = `<table class="grid" id="previewTable"><caption>보내기 전 확인: 학생 ${students.length}명</caption>`
        + "<thead><tr><th>번호</th><th>이름</th><th>메모 앞부분</th><th>메모 바이트</th></tr></thead>"
        + `<tbody>${rows}</tbody></table>`;
    }
    async function readRoster() {
      const file = $("rosterFile").files[0] || null;
      roster.file = null; roster.kind = null;
      showRosterError("");
      $("rosterPreview").innerHTML = "";
      $("classSubmit").disabled = true;
      if (!file) return;
      if (file.size > ROSTER_MAX_BYTES) { showRosterError(`파일이 ${(file.size / 1048576).toFixed(1)}MB입니다. 2MB까지 보낼 수 있습니다.`); return; }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const starts = (...signature) => signature.every((b, i) => bytes[i] === b);
      if (starts(0xd0, 0xcf, 0x11, 0xe0)) { showRosterError("예전 엑셀 형식(.xls)입니다. .xlsx 또는 CSV로 다시 저장해 주세요."); return; }
      const workbook = starts(0x50, 0x4b, 0x03, 0x04);
      let cells;
      if (workbook) {
        try { cells = await workbookCells(bytes); } catch {
          // What the page cannot read, the server may: it reads the file and says what is wrong.
          roster.file = file; roster.kind = "xlsx";
          $("rosterPreview").innerHTML = `<p class="notice">이 브라우저에서 엑셀 파일(${escapeHTML(file.name)})을 미리 볼 수 없습니다. 보내면 서버가 읽은 명단이 아래 표로 나오고, 잘못된 행이 있으면 여기에 표시됩니다.</p>`;
          $("classSubmit").disabled = false;
          return;
        }
      }
      try {
        showPreview(rosterRows(workbook ? cells : csvCells(rosterText(bytes))));
        roster.file = file; roster.kind = workbook ? "xlsx" : "csv";
        $("classSubmit").disabled = false;
      } catch (error) {
        showRosterError(`명렬표를 읽지 못했습니다: ${error.message}`);
      }
    }
    $("rosterFile").addEventListener("change", () => {
      readRoster().catch(() => showRosterError("파일을 읽을 수 없습니다. 다시 선택해 주세요."));
    });

    $("classForm").addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!tokenInput.value.trim()) { showRosterError("접속 토큰을 먼저 입력해 주세요."); tokenInput.focus(); return; }
      if (!roster.file) { showRosterError("명렬표 파일을 먼저 골라 주세요."); return; }
      const query = new URLSearchParams({ section: classSection.value, ruleYear: classRuleYear.value });
      if (classSection.value === "subject") query.set("subject", $("classSubject").value.trim());
      const target = Number($("classTargetBytes").value); if (target) query.set("targetBytes", String(target));
      const terms = $("classTerms").value.split(",").map((t) => t.trim()).filter(Boolean);
      if (terms.length) query.set("extraForbiddenTerms", terms.join(","));
      $("classSubmit").disabled = true;
      showRosterError("");
      setClassStatus("명렬표를 보내는 중…");
      try {
        const response = await fetch(`/v1/batches?${query}`, {
          method: "POST", body: roster.file,
          headers: { ...authHeaders(), "Content-Type": roster.kind === "xlsx" ? XLSX_TYPE : "text/csv" },
        });
        const answer = await response.json().catch(() => null);
        if (!response.ok) {
          setClassStatus("");
          showRosterError(`보내지 못했습니다 (${response.status}): ${apiErrorText(answer)}`);
          $("classSubmit").disabled = false;
          return;
        }
        $("classSubmit").disabled = false;
        openBatch(answer.batchId);
        loadBatchList();
      } catch {
        setClassStatus("");
        showRosterError("서버에 연결할 수 없습니다.");
        $("classSubmit").disabled = false;
      }
    });
    """#
}
