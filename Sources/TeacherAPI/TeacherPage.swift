import Foundation
import RecordRules

/// `GET /`: the one page teachers use. Self-contained (no CDN: school networks, offline use), Korean,
/// readable on a phone, keyboard usable, light and dark. Two views: one student (this file) and a
/// whole class (`TeacherPage+ClassView`, `+Tabs`, `+Workbook`, `+Roster`, `+ClassTable`). The event
/// stream is read with `fetch` because `EventSource` cannot send a bearer token; when streaming is
/// blocked the page polls the task instead.
/// Its one script and one style sheet are inline and allowed by their hashes (`SecurityHeaders.page`),
/// so the page carries no `style` attributes and no inline event handlers: the policy refuses both.
enum TeacherPage {
    static let html = #"""
    <!doctype html>
    <html lang="ko">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>Recordline · 생기부 초안</title>
    <style>\#(style)</style>
    </head>
    <body>
    <header>
      <div>
        <h1>Recordline · 생기부 초안 도우미</h1>
        <div class="notice">AI가 만든 초안입니다. 2026 기재요령에 따라 사실 여부와 기재 원칙을 교사가 확인한 뒤 입력하세요.</div>
      </div>
      <div class="tokenbox">
        <label for="token" class="notice">접속 토큰</label>
        <input id="token" type="password" autocomplete="off" placeholder="Bearer 토큰">
      </div>
    </header>
    <main>
      <nav class="tabs" role="tablist" aria-label="작업 방식">
        <button type="button" role="tab" id="tabSingle" aria-controls="singleView" aria-selected="true">한 학생</button>
        <button type="button" role="tab" id="tabClass" aria-controls="classView" aria-selected="false">학급</button>
      </nav>
      <div id="singleView" role="tabpanel" aria-labelledby="tabSingle">
      <form id="form" novalidate>
        <div class="row">
          <label>영역
            <select id="section" name="section"></select>
          </label>
          <label id="subjectLabel">과목
            <input id="subject" name="subject" placeholder="예: 과학" autocomplete="off">
          </label>
          <label>목표 바이트
            <input id="targetBytes" name="targetBytes" type="number" min="1" inputmode="numeric">
          </label>
          <label>학년도 기준
            <select id="ruleYear" name="ruleYear"></select>
          </label>
        </div>
        <div id="part1Block" class="hidden">
          <label for="part1Text" class="spaced-sm">1 과목 세특 <span class="notice" id="part1Hint"></span></label>
          <textarea id="part1Text" name="part1Text" class="short" placeholder="1에 입력한 세특을 붙여 넣으면 남은 바이트에 맞춰 씁니다."></textarea>
          <div class="counter" id="part1Counter" aria-live="polite"></div>
        </div>
        <label for="notes" class="spaced">관찰 메모 <span class="notice">(문단마다 빈 줄로 나누면 모든 문단이 초안에 반영됩니다)</span></label>
        <textarea id="notes" name="notes" placeholder="학생의 활동을 자유롭게 적어 주세요. 개조식, 했다체, 해요체 모두 괜찮습니다." required></textarea>
        <p class="notice" id="engineNote" aria-live="polite"></p>
        <div class="counter" id="notesCounter" aria-live="polite"></div>
        <label for="terms" class="spaced-sm">추가 금지어 <span class="notice">(쉼표로 구분: 학교명, 축제명 등)</span></label>
        <input id="terms" name="terms" autocomplete="off">
        <label for="names" class="spaced-sm">학생 이름 <span class="notice">(쉼표로 구분: 메모에 쓴 이름·애칭. 초안에는 쓰지 않습니다)</span></label>
        <input id="names" name="names" autocomplete="off">
        <div class="actions"><button class="primary" id="submit" type="submit">초안 3개 만들기</button></div>
      </form>
      <div id="status" role="status" aria-live="polite"></div>
      <section class="cards" id="cards" aria-label="초안"></section>
      <section class="card hidden" id="notesPanel" aria-label="메모 문장">
        <h2>메모 문장 <span class="notice">(초안 문장을 가리키거나 누르면 근거가 된 메모 문장이 표시됩니다)</span></h2>
        <ol id="notesList"></ol>
      </section>
      </div>
    \#(classMarkup)
    </main>
    <script>\#(script)</script>
    </body>
    </html>
    """#

    /// What `GET /` answers with: the security headers, with a policy allowing exactly this script and style.
    static let headers = SecurityHeaders.page(script: script, style: style).merging([
        "content-type": "text/html; charset=utf-8", "cache-control": "no-cache",
    ]) { $1 }

    /// The script as served, sections and strategies filled in: its hash is taken from these very bytes.
    static let script: String = {
        let sections = Section.allCases.map { section in
            "{\"id\":\"\(section.rawValue)\",\"name\":\"\(section.koreanName)\",\"byteLimit\":\(section.byteLimit),\"maxCharacters\":\(section.maxCharacters)}"
        }.joined(separator: ",")
        let strategies = "[\"종합·시간순\",\"역량 중심\",\"간결한 성장 서사\"]"
        let editions = RuleEdition.all.map { edition in
            let limits = Section.allCases.map { "\"\($0.rawValue)\":{\"maxCharacters\":\(edition.maxCharacters($0)),\"byteLimit\":\(edition.byteLimit($0))}" }
            let combined = edition.combinedSubjects.map { combined in
                "{\"names\":[\(combined.names.map { "\"\($0)\"" }.joined(separator: ","))],\"maxCharacters\":\(combined.maxCharacters),\"byteLimit\":\(combined.byteLimit)}"
            } ?? "null"
            return "{\"year\":\(edition.year),\"isDefault\":\(edition.year == RuleEdition.defaultYear),\"limits\":{\(limits.joined(separator: ","))},\"combined\":\(combined)}"
        }.joined(separator: ",")
        return [scriptTemplate, tabsScript, workbookScript, rosterScript, classScript].joined(separator: "\n")
            .replacingOccurrences(of: "__SECTIONS__", with: "[\(sections)]")
            .replacingOccurrences(of: "__STRATEGIES__", with: strategies)
            .replacingOccurrences(of: "__RULE_EDITIONS__", with: "[\(editions)]")
            .replacingOccurrences(of: "__ROSTER_COLUMNS__", with: rosterColumns)
    }()

    /// The style sheet as served: the single-student page's, then the class view's.
    static let style = singleStyle + "\n" + classStyle

    private static let singleStyle = #"""
    :root { --bg:#f6f7f9; --fg:#1b1f24; --muted:#5b6573; --card:#fff; --line:#d8dde4; --accent:#1f6feb; --warn:#fff3c4; --block:#ffd9d6; --ok:#1a7f37; --bad:#cf222e; }
    @media (prefers-color-scheme: dark) { :root { --bg:#0f1318; --fg:#e6edf3; --muted:#9aa5b1; --card:#161b22; --line:#30363d; --accent:#58a6ff; --warn:#4d3b00; --block:#5a1e1e; --ok:#3fb950; --bad:#f85149; } }
    * { box-sizing: border-box; }
    body { margin:0; font-family: system-ui, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif; background:var(--bg); color:var(--fg); line-height:1.6; }
    header, main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
    header { display:flex; flex-wrap:wrap; gap:.5rem 1rem; align-items:baseline; justify-content:space-between; }
    h1 { font-size:1.35rem; margin:.2rem 0; }
    .notice { color:var(--muted); font-size:.9rem; }
    form, .card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:1rem; }
    .row { display:flex; flex-wrap:wrap; gap:.75rem; }
    .row > label { flex:1 1 180px; }
    label { display:block; font-weight:600; font-size:.92rem; }
    input, select, textarea, button { font:inherit; color:inherit; }
    input, select, textarea { width:100%; margin-top:.25rem; padding:.5rem .6rem; border:1px solid var(--line); border-radius:8px; background:var(--bg); }
    textarea { min-height: 11rem; resize: vertical; }
    textarea.short { min-height: 5rem; }
    button { cursor:pointer; border:1px solid var(--line); background:var(--card); border-radius:8px; padding:.5rem .9rem; }
    button.primary { background:var(--accent); border-color:var(--accent); color:#fff; font-weight:700; }
    button:disabled { opacity:.6; cursor:progress; }
    :focus-visible { outline:3px solid var(--accent); outline-offset:2px; }
    .counter { font-variant-numeric: tabular-nums; color:var(--muted); font-size:.9rem; margin-top:.25rem; }
    .over { color:var(--bad); font-weight:700; }
    #status { min-height:1.6em; margin:.75rem 0; }
    .cards { display:grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap:1rem; margin-top:1rem; }
    .card h2 { font-size:1.05rem; margin:0 0 .4rem; }
    .steps { display:flex; gap:.35rem; font-size:.8rem; margin-bottom:.5rem; flex-wrap:wrap; }
    .steps span { padding:.1rem .5rem; border-radius:99px; border:1px solid var(--line); color:var(--muted); }
    .steps span.done { border-color:var(--ok); color:var(--ok); }
    .steps span.failed { border-color:var(--bad); color:var(--bad); }
    .draft { white-space:pre-wrap; word-break:keep-all; overflow-wrap:anywhere; min-height:3rem; }
    mark.warn { background:var(--warn); color:inherit; }
    mark.block { background:var(--block); color:inherit; }
    .issues { font-size:.88rem; padding-left:1.1rem; margin:.4rem 0; }
    .issues li.block { color:var(--bad); }
    .actions { display:flex; gap:.5rem; flex-wrap:wrap; margin-top:.5rem; }
    details { margin-top:.6rem; }
    .hidden { display:none !important; }
    label.spaced { margin-top:.75rem; }
    label.spaced-sm { margin-top:.5rem; }
    .sentence { border-radius:3px; cursor:help; }
    .sentence:hover, .sentence:focus, .sentence.on { background:color-mix(in srgb, var(--accent) 14%, transparent); outline:none; }
    .sentence.unsourced { text-decoration: underline dotted var(--bad); text-underline-offset:3px; }
    .source { font-size:.85rem; color:var(--muted); margin:.3rem 0; min-height:1.2rem; }
    #notesPanel { margin-top:1rem; }
    #notesPanel ol { padding-left:1.4rem; margin:.3rem 0; }
    #notesPanel li.on { background:color-mix(in srgb, var(--accent) 18%, transparent); border-radius:4px; }
    .omitted { font-size:.85rem; color:var(--muted); padding-left:1.1rem; margin:.3rem 0; }
    .tokenbox { display:flex; gap:.5rem; align-items:center; }
    .tokenbox input { width: 16rem; margin:0; }
    """#

    private static let scriptTemplate = #"""
    "use strict";
    const SECTIONS = __SECTIONS__;
    const STRATEGIES = __STRATEGIES__;
    // The 기재요령 editions by 학년도: each section's limit, and the 공통과목 whose parts 1 and 2 share one.
    const RULE_EDITIONS = __RULE_EDITIONS__;
    const editionOf = (year) => RULE_EDITIONS.find((e) => e.year === Number(year)) || RULE_EDITIONS.find((e) => e.isDefault);
    const sectionLimit = (id, year) => editionOf(year).limits[id] || { maxCharacters: 500, byteLimit: 1500 };
    function fillRuleYears(select) {
      for (const e of RULE_EDITIONS) {
        const option = document.createElement("option");
        option.value = String(e.year);
        option.textContent = `${e.year}학년도${e.isDefault ? " (기본)" : ""}`;
        option.selected = e.isDefault;
        select.append(option);
      }
    }
    function fillSections(select, year) {
      const chosen = select.value;
      select.replaceChildren(...SECTIONS.map((s) => {
        const option = document.createElement("option");
        const limit = sectionLimit(s.id, year);
        option.value = s.id;
        option.textContent = `${s.name} (${limit.maxCharacters}자 · ${limit.byteLimit}바이트)`;
        return option;
      }));
      if (chosen) select.value = chosen;
    }
    // Part 2 of a 공통과목 whose parts share one limit in that year (공통국어2, 공통국어 Ⅱ): its name, else null.
    function combinedPartTwo(subject, year) {
      const combined = editionOf(year).combined;
      if (!combined) return null;
      const match = subject.replace(/\s/g, "").match(/^(.+?)(2|Ⅱ|II)$/);
      return match && combined.names.includes(match[1]) ? match[1] : null;
    }
    const STAGES = [["drafted", "초안"], ["refined", "다듬기"], ["version", "완성"]];
    const $ = (id) => document.getElementById(id);

    // NEIS bytes (2026 기재요령 p.208): Hangul 3, ASCII 1, Enter 1, anything else its UTF-8 length.
    function neisBytes(text) {
      const s = text.normalize("NFC");
      let total = 0;
      for (let i = 0; i < s.length; i++) {
        const cp = s.codePointAt(i);
        if (cp > 0xffff) i++;
        if (cp === 0x0d && s.charCodeAt(i + 1) === 0x0a) continue;
        if (cp < 0x80) total += 1;
        else if (cp >= 0xac00 && cp <= 0xd7a3) total += 3;
        else if (cp < 0x800) total += 2;
        else if (cp < 0x10000) total += 3;
        else total += 4;
      }
      return total;
    }

    const tokenInput = $("token");
    // The token lives in this tab's sessionStorage: it is gone when the tab closes, so a shared school
    // computer does not keep a teacher signed in. Earlier versions kept it in localStorage; drop that copy.
    localStorage.removeItem("recordline-token");
    const fromHash = new URLSearchParams(location.hash.slice(1)).get("token");
    if (fromHash) { sessionStorage.setItem("recordline-token", fromHash); history.replaceState(null, "", location.pathname); }
    tokenInput.value = sessionStorage.getItem("recordline-token") || "";
    tokenInput.addEventListener("change", () => sessionStorage.setItem("recordline-token", tokenInput.value.trim()));
    const authHeaders = () => ({ "Authorization": "Bearer " + tokenInput.value.trim() });
    // Where the notes go, said before they are sent: the rules on this service, or a model at its endpoint.
    async function showEngine() {
      if (!tokenInput.value.trim()) return;
      try {
        const response = await fetch("/v1/engine", { headers: authHeaders(), cache: "no-store" });
        if (!response.ok) return;
        const engine = await response.json();
        $("engineNote").textContent = engine.engine === "offline"
          ? "메모는 이 서비스의 규칙 엔진만 읽고, 밖으로 보내지 않습니다."
          : `메모는 모델 ${engine.model}(${engine.endpoint}${engine.localOnly ? ", 학교 내부망" : ""})이 읽습니다. `
            + "학생·학교 이름, 연락처, 주소, 주민·학생 번호, 추가 금지어는 가린 뒤 보냅니다.";
      } catch (error) {
        // The note stays empty; submitting reports any connection problem.
      }
    }
    showEngine();
    tokenInput.addEventListener("change", showEngine);

    const sectionSelect = $("section");
    const ruleYearSelect = $("ruleYear");
    fillRuleYears(ruleYearSelect);
    fillSections(sectionSelect, ruleYearSelect.value);
    const currentSection = () => SECTIONS.find((s) => s.id === sectionSelect.value);
    // Part 2 of a 공통과목 in a year whose rules combine the parts: the part-1 record the teacher pasted.
    function partTwo() {
      return sectionSelect.value === "subject" ? combinedPartTwo($("subject").value, ruleYearSelect.value) : null;
    }
    const part1Text = () => partTwo() && $("part1Text").value.trim() ? $("part1Text").value : null;
    // The bytes this record may take: the section's limit in the chosen year, or what part 1 leaves.
    function currentLimit() {
      const name = partTwo();
      if (!name) return sectionLimit(sectionSelect.value, ruleYearSelect.value).byteLimit;
      const combined = editionOf(ruleYearSelect.value).combined;
      return combined.byteLimit - (part1Text() ? neisBytes(part1Text()) : 0);
    }
    function syncBudget() {
      const name = partTwo();
      $("part1Block").classList.toggle("hidden", !name);
      if (name) {
        const combined = editionOf(ruleYearSelect.value).combined;
        const used = part1Text() ? neisBytes(part1Text()) : 0;
        $("part1Hint").textContent = `(${name}1·2는 합산 ${combined.maxCharacters}자 · ${combined.byteLimit}바이트를 나눠 씁니다. 1에 입력한 세특을 붙여 넣으면 남은 바이트에 맞춥니다)`;
        $("part1Counter").textContent = `1: ${used.toLocaleString()}바이트 · ${name}2에 남은 바이트 ${Math.max(0, combined.byteLimit - used).toLocaleString()}`;
        $("part1Counter").classList.toggle("over", used >= combined.byteLimit);
      }
      const limit = Math.max(1, currentLimit());
      $("targetBytes").max = limit;
      $("targetBytes").value = limit;
    }
    function syncSection() {
      $("subjectLabel").classList.toggle("hidden", sectionSelect.value !== "subject");
      syncBudget();
      updateCounter();
    }
    sectionSelect.addEventListener("change", syncSection);
    ruleYearSelect.addEventListener("change", () => { fillSections(sectionSelect, ruleYearSelect.value); syncSection(); });
    $("subject").addEventListener("input", syncBudget);
    $("part1Text").addEventListener("input", syncBudget);
    function updateCounter() {
      const bytes = neisBytes($("notes").value);
      $("notesCounter").textContent = `메모 ${bytes.toLocaleString()}바이트 · ${$("notes").value.length.toLocaleString()}자 (최대 20,000자)`;
      $("notesCounter").classList.toggle("over", $("notes").value.length > 20000);
    }
    $("notes").addEventListener("input", updateCounter);
    syncSection();

    function escapeHTML(text) {
      return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
    }
    // Marks each finding's span (UTF-16 offsets, as the report gives them) in the draft text.
    function highlighted(text, violations) {
      const spans = (violations || []).filter((v) => v.span && v.span.end > v.span.start).sort((a, b) => a.span.start - b.span.start);
      let html = "", at = 0;
      for (const v of spans) {
        if (v.span.start < at) continue;
        html += escapeHTML(text.slice(at, v.span.start));
        html += `<mark class="${v.severity}" title="${escapeHTML(v.reason)}">${escapeHTML(text.slice(v.span.start, v.span.end))}</mark>`;
        at = v.span.end;
      }
      return html + escapeHTML(text.slice(at));
    }
    // The draft sentence by sentence, each carrying the notes sentences it states (report.sentences):
    // pointing at one shows its source, and one with no source is marked for the teacher to check.
    function sentenced(text, report) {
      const traced = report.sentences || [];
      if (!traced.length) return highlighted(text, report.violations);
      let html = "", at = 0;
      for (const s of traced) {
        if (s.span.start < at) continue;
        html += escapeHTML(text.slice(at, s.span.start));
        const inside = (report.violations || []).filter((v) => v.span && v.span.start >= s.span.start && v.span.end <= s.span.end)
          .map((v) => ({ ...v, span: { start: v.span.start - s.span.start, end: v.span.end - s.span.start } }));
        const unsourced = s.sources.length === 0;
        html += `<span class="sentence${unsourced ? " unsourced" : ""}" tabindex="0" data-sources="${s.sources.join(",")}"`
          + ` title="${unsourced ? "메모에서 근거를 찾지 못한 문장입니다. 사실인지 확인하세요." : "근거: 메모 " + s.sources.map((i) => i + 1).join(", ") + "번 문장"}">`
          + highlighted(text.slice(s.span.start, s.span.end), inside) + "</span>";
        at = s.span.end;
      }
      return html + escapeHTML(text.slice(at));
    }
    let notesSentences = [];
    function showNotes(notes) {
      notesSentences = notes || [];
      $("notesList").innerHTML = notesSentences.map((n) => `<li data-source="${n.index}">${escapeHTML(n.text)}</li>`).join("");
      $("notesPanel").classList.toggle("hidden", !notesSentences.length);
    }
    function pointAt(state, element) {
      const sources = element && element.dataset.sources ? element.dataset.sources.split(",").filter(Boolean).map(Number) : [];
      state.card.querySelectorAll(".sentence.on").forEach((e) => e.classList.remove("on"));
      document.querySelectorAll("#notesList li.on").forEach((e) => e.classList.remove("on"));
      if (!element) { state.get("source").textContent = ""; return; }
      element.classList.add("on");
      for (const i of sources) document.querySelector(`#notesList li[data-source="${i}"]`)?.classList.add("on");
      state.get("source").textContent = sources.length
        ? "근거: " + sources.map((i) => `(${i + 1}) ${notesSentences[i]?.text ?? ""}`).join(" / ")
        : "근거 없음: 메모에서 이 문장의 근거를 찾지 못했습니다.";
    }
    // What the version left out of the notes, and why (report.notesUse).
    function omittedList(report) {
      const uses = report.notesUse || [];
      const told = uses.filter((u) => u.action !== "not_selected")
        .map((u) => `<li>${escapeHTML(u.reason)}</li>`);
      const unselected = uses.filter((u) => u.action === "not_selected").length;
      if (unselected) told.push(`<li>이 초안에서 고르지 않은 메모 문장 ${unselected}개(구성·분량)</li>`);
      return told.join("");
    }
    function issuesList(report) {
      return (report.violations || []).map((v) =>
        `<li class="${v.severity}">${v.severity === "block" ? "✗" : "!"} ${escapeHTML(v.reason)}${v.suggestion ? " → " + escapeHTML(v.suggestion) : ""}</li>`).join("");
    }

    const cards = [];
    function renderCards() {
      const container = $("cards");
      container.innerHTML = "";
      cards.length = 0;
      for (let n = 1; n <= 3; n++) {
        const card = document.createElement("article");
        card.className = "card";
        card.setAttribute("aria-live", "polite");
        card.innerHTML = `
          <h2>초안 ${n} · ${STRATEGIES[n - 1]}</h2>
          <div class="steps">${STAGES.map(([key, label]) => `<span data-step="${key}">${label}</span>`).join("")}</div>
          <div class="draft" data-role="text">작성 중…</div>
          <div class="source" data-role="source" aria-live="polite"></div>
          <div class="counter" data-role="bytes"></div>
          <div class="counter" data-role="producer"></div>
          <ul class="issues" data-role="issues"></ul>
          <ul class="omitted" data-role="omitted" aria-label="메모에서 빠진 내용"></ul>
          <div class="actions">
            <button type="button" data-role="copy" disabled>복사</button>
          </div>
          <details>
            <summary>수정해서 다시 검사</summary>
            <label>수정본<textarea data-role="edit"></textarea></label>
            <div class="counter" data-role="editBytes"></div>
            <ul class="issues" data-role="editIssues"></ul>
          </details>`;
        const get = (role) => card.querySelector(`[data-role="${role}"]`);
        const state = { card, get, text: "" };
        get("copy").addEventListener("click", async () => {
          try { await navigator.clipboard.writeText(state.text); setStatus(`초안 ${n}을 복사했습니다.`); }
          catch { setStatus("복사할 수 없습니다. 본문을 직접 선택해 복사해 주세요."); }
        });
        const pointed = (event) => pointAt(state, event.target.closest(".sentence"));
        get("text").addEventListener("mouseover", pointed);
        get("text").addEventListener("focusin", pointed);
        get("text").addEventListener("click", pointed);
        get("text").addEventListener("mouseleave", () => pointAt(state, null));
        let timer;
        get("edit").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => recheck(state), 350); });
        container.append(card);
        cards.push(state);
      }
    }
    function markStep(version, step, failed) {
      const span = cards[version - 1]?.card.querySelector(`[data-step="${step}"]`);
      if (span) span.className = failed ? "failed" : "done";
    }
    function showVersion(v) {
      const state = cards[v.version - 1];
      if (!state) return;
      state.text = v.text;
      const limit = Number($("targetBytes").value) || currentLimit();
      state.get("text").innerHTML = sentenced(v.text, v.report);
      state.get("omitted").innerHTML = omittedList(v.report);
      state.get("bytes").innerHTML = `<span class="${v.bytes > limit ? "over" : ""}">${v.bytes.toLocaleString()} / ${limit.toLocaleString()}바이트</span> · ${v.report.passes ? "규칙 통과" : "확인 필요"}`;
      state.get("issues").innerHTML = issuesList(v.report);
      state.get("copy").disabled = false;
      state.get("edit").value = v.text;
      STAGES.forEach(([key]) => markStep(v.version, key));
    }
    // Which engine wrote each stage: the draft is the teacher's to check either way, but a teacher
    // should know when a language model took part.
    const ENGINE_STAGES = [["draft", "초안"], ["refine", "다듬기"], ["finalize", "마무리"]];
    const engineName = (p) => p === "offline" ? "규칙 엔진" : p.startsWith("model:") ? `모델 ${p.slice(6)}` : p;
    function producerLabel(producers) {
      const names = ENGINE_STAGES.map(([key]) => producers?.[key]).filter(Boolean);
      if (!names.length) return "";
      if (names.every((n) => n === names[0]) && names.length === ENGINE_STAGES.length) return `작성: ${engineName(names[0])}`;
      return "작성: " + ENGINE_STAGES.filter(([key]) => producers[key]).map(([key, label]) => `${label} ${engineName(producers[key])}`).join(" · ");
    }
    function showProducers(task) {
      for (const v of task.versions || []) {
        const state = cards[v.version - 1];
        if (state) state.get("producer").textContent = producerLabel(v.producers);
      }
    }
    async function labelProducers(taskId) {
      try {
        const response = await fetch(`/v1/tasks/${taskId}`, { headers: authHeaders(), cache: "no-store" });
        if (response.ok) { const task = await response.json(); showProducers(task); showNotes(task.notes); }
      } catch { /* the label is a courtesy; the drafts are already shown */ }
    }
    function showFailure(version, reason) {
      const state = cards[version - 1];
      if (!state) return;
      state.get("text").textContent = `이 초안을 만들지 못했습니다: ${reason}`;
      markStep(version, "version", true);
    }
    async function recheck(state) {
      const body = { text: state.get("edit").value, section: sectionSelect.value, targetBytes: Number($("targetBytes").value) || undefined, notes: $("notes").value, ruleYear: Number(ruleYearSelect.value) };
      if (part1Text()) body.part1Text = part1Text();
      if (sectionSelect.value === "subject") body.subject = $("subject").value || "과목";
      const terms = termsList(); if (terms.length) body.extraForbiddenTerms = terms;
      const names = namesList(); if (names.length) body.studentNames = names;
      const response = await fetch("/v1/check", { method: "POST", headers: { ...authHeaders(), "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const report = await response.json();
      if (!response.ok) { state.get("editIssues").innerHTML = `<li class="block">${escapeHTML(report.error?.message || "검사하지 못했습니다.")}</li>`; return; }
      state.get("editBytes").textContent = `${report.bytes.toLocaleString()} / ${report.targetBytes.toLocaleString()}바이트 · ${report.passes ? "규칙 통과" : "확인 필요"}`;
      state.get("editIssues").innerHTML = issuesList(report);
    }
    const termsList = () => $("terms").value.split(",").map((t) => t.trim()).filter(Boolean);
    const namesList = () => $("names").value.split(",").map((t) => t.trim()).filter(Boolean);
    const setStatus = (text) => { $("status").textContent = text; };

    function handleEvent(name, data) {
      if (name === "drafted") markStep(data.version, "drafted");
      else if (name === "refined") markStep(data.version, "refined");
      else if (name === "version") showVersion(data);
      else if (name === "version_failed") showFailure(data.version, data.reason);
      else if (name === "model_call") {
        const stage = { draft: "초안", refine: "다듬기", finalize: "완성" }[data.stage] || data.stage;
        setStatus(`${data.version ? `${data.version}번 초안의 ` : ""}${stage} 단계가 모델 ${data.model}의 답을 기다리는 중입니다.`);
      }
      else if (name === "completed") {
        setStatus(data.status === "completed" ? "초안 3개가 준비되었습니다." : "초안을 만들지 못했습니다.");
        if (active?.taskId) labelProducers(active.taskId);
        finish();
      }
    }

    let active = null;
    function finish() { if (active) { active.done = true; } $("submit").disabled = false; }

    // Reads the event stream with fetch; on a broken or blocked stream, falls back to polling.
    async function follow(taskId) {
      const run = { taskId, done: false, lastEventId: null, streamFailures: 0 };
      active = run;
      while (!run.done && run.streamFailures < 3) {
        try {
          const headers = authHeaders();
          if (run.lastEventId) headers["Last-Event-ID"] = run.lastEventId;
          const response = await fetch(`/v1/tasks/${taskId}/events`, { headers, cache: "no-store" });
          if (response.status === 204) { break; }
          if (!response.ok || !response.body || !(response.headers.get("content-type") || "").includes("text/event-stream")) throw new Error("stream");
          const reader = response.body.getReader();
          const decoder = new TextDecoder();
          let buffer = "";
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true });
            let cut;
            while ((cut = buffer.indexOf("\n\n")) >= 0) {
              const block = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
              let name = "message", data = "", id = null;
              for (const line of block.split("\n")) {
                if (line.startsWith("event: ")) name = line.slice(7);
                else if (line.startsWith("data: ")) data += line.slice(6);
                else if (line.startsWith("id: ")) id = line.slice(4);
              }
              if (id) run.lastEventId = id;
              if (data) handleEvent(name, JSON.parse(data));
            }
          }
          run.streamFailures = 0;
        } catch {
          run.streamFailures += 1;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
      if (!run.done) await poll(taskId, run);
    }
    async function poll(taskId, run) {
      setStatus("실시간 연결이 막혀 있어 주기적으로 확인합니다…");
      while (!run.done) {
        const response = await fetch(`/v1/tasks/${taskId}`, { headers: authHeaders(), cache: "no-store" });
        if (response.ok) {
          const task = await response.json();
          for (const v of task.versions) {
            if (v.status === "completed" && v.text) showVersion(v);
            else if (v.status === "failed") showFailure(v.version, v.reason || "");
          }
          showProducers(task);
          showNotes(task.notes);
          if (task.status === "completed" || task.status === "failed") { handleEvent("completed", { status: task.status }); return; }
        }
        await new Promise((r) => setTimeout(r, 2000));
      }
    }

    $("form").addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!tokenInput.value.trim()) { setStatus("접속 토큰을 먼저 입력해 주세요."); tokenInput.focus(); return; }
      const body = { section: sectionSelect.value, activities: $("notes").value, ruleYear: Number(ruleYearSelect.value) };
      if (part1Text()) body.part1Text = part1Text();
      if (sectionSelect.value === "subject") body.subject = $("subject").value;
      const target = Number($("targetBytes").value); if (target) body.targetBytes = target;
      const terms = termsList(); if (terms.length) body.extraForbiddenTerms = terms;
      const names = namesList(); if (names.length) body.studentNames = names;
      $("submit").disabled = true;
      setStatus("요청을 보내는 중…");
      try {
        const response = await fetch("/v1/tasks", { method: "POST", headers: { ...authHeaders(), "Content-Type": "application/json" }, body: JSON.stringify(body) });
        const answer = await response.json();
        if (!response.ok) {
          setStatus(answer.error ? `${answer.error.field ? "[" + answer.error.field + "] " : ""}${answer.error.message}` : `요청이 거절되었습니다 (${response.status}).`);
          $("submit").disabled = false;
          return;
        }
        renderCards();
        showNotes([]);
        setStatus("초안을 만드는 중입니다…");
        labelProducers(answer.taskId);
        follow(answer.taskId);
      } catch {
        setStatus("서버에 연결할 수 없습니다.");
        $("submit").disabled = false;
      }
    });
    """#
}
