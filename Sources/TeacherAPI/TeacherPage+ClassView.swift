/// The page's 학급 (class) view: a roster file in, a preview of its students, then one row per student
/// as their drafts arrive, with the three versions to choose from, drafts too much alike marked, the
/// exports and the teacher's earlier batches. Markup and style here; the scripts are in
/// `TeacherPage+Tabs`, `+Workbook`, `+Roster` and `+ClassTable`.
extension TeacherPage {
    static let classMarkup = #"""
    <div id="classView" class="hidden" role="tabpanel" aria-labelledby="tabClass">
      <form id="classForm" novalidate>
        <div class="row">
          <label>영역
            <select id="classSection" name="section"></select>
          </label>
          <label id="classSubjectLabel">과목
            <input id="classSubject" name="subject" placeholder="예: 과학" autocomplete="off">
          </label>
          <label>목표 바이트
            <input id="classTargetBytes" name="targetBytes" type="number" min="1" inputmode="numeric">
          </label>
          <label>학년도 기준
            <select id="classRuleYear" name="ruleYear"></select>
          </label>
        </div>
        <label for="classTerms" class="spaced-sm">추가 금지어 <span class="notice">(쉼표로 구분: 학교명, 축제명 등)</span></label>
        <input id="classTerms" name="terms" autocomplete="off">
        <label for="rosterFile" class="spaced">명렬표 파일 <span class="notice">(.xlsx 또는 .csv: 번호, 이름, 메모 열. 이름은 이 화면에만 보이고 초안에는 쓰지 않습니다. 공통과목 2라면 '1 세특' 열에 학생별 1의 세특을 넣으면 남은 바이트에 맞춥니다)</span></label>
        <input id="rosterFile" name="roster" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
        <div id="rosterError" class="error hidden" role="alert"></div>
        <div id="rosterPreview" class="scroll"></div>
        <div class="actions"><button class="primary" id="classSubmit" type="submit" disabled>학급 초안 만들기</button></div>
      </form>
      <section class="card spaced-card" id="batchList" aria-label="이전 학급 작업">
        <h2>이전 학급 작업 <button type="button" id="batchListRefresh">새로 고침</button></h2>
        <ul id="batchItems" class="plain"></ul>
      </section>
      <div id="classStatus" role="status" aria-live="polite"></div>
      <section class="card hidden" id="batchPanel" aria-label="학급 초안">
        <h2 id="batchTitle"></h2>
        <div class="actions">
          <button type="button" data-export="xlsx">엑셀(.xlsx) 내려받기</button>
          <button type="button" data-export="csv" data-encoding="utf-8">CSV (UTF-8)</button>
          <button type="button" data-export="csv" data-encoding="cp949">CSV (CP949, 한글 엑셀)</button>
          <span id="exportStatus" class="notice" role="status"></span>
        </div>
        <div id="samenessSummary" class="notice"></div>
        <div class="scroll">
          <table class="grid" id="classTable">
            <thead><tr><th>번호</th><th>이름</th><th>상태</th><th>초안 고르기</th></tr></thead>
            <tbody id="classRows"></tbody>
          </table>
        </div>
      </section>
      <section class="card hidden spaced-card" id="comparePanel" aria-label="비슷한 초안 비교">
        <h2 id="compareTitle"></h2>
        <div class="compare">
          <div><h3 data-role="leftName"></h3><div class="draft" data-role="leftText"></div></div>
          <div><h3 data-role="rightName"></h3><div class="draft" data-role="rightText"></div></div>
        </div>
        <div class="actions">
          <button type="button" id="compareAlternative" class="hidden"></button>
          <button type="button" id="compareClose">닫기</button>
          <span id="compareStatus" class="notice" role="status"></span>
        </div>
      </section>
    </div>
    """#

    static let classStyle = #"""
    .tabs { display:flex; gap:.25rem; margin-bottom:.75rem; }
    .tabs button[aria-selected="true"] { background:var(--accent); border-color:var(--accent); color:#fff; font-weight:700; }
    .error { color:var(--bad); background:color-mix(in srgb, var(--bad) 10%, transparent); border:1px solid var(--bad); border-radius:8px; padding:.5rem .7rem; margin-top:.5rem; white-space:pre-wrap; }
    .scroll { overflow-x:auto; }
    table.grid { width:100%; border-collapse:collapse; margin-top:.5rem; font-size:.92rem; }
    table.grid th, table.grid td { border-bottom:1px solid var(--line); padding:.4rem .5rem; text-align:left; vertical-align:top; }
    table.grid td.num { font-variant-numeric: tabular-nums; white-space:nowrap; }
    table.grid caption { text-align:left; color:var(--muted); font-size:.9rem; }
    #classTable tr.same { background:color-mix(in srgb, var(--warn) 60%, transparent); }
    #classTable textarea { min-height:7rem; }
    .status-completed { color:var(--ok); font-weight:600; }
    .status-failed, .status-deleted { color:var(--bad); font-weight:600; }
    .versions { display:flex; gap:.3rem; flex-wrap:wrap; }
    .versions button[aria-pressed="true"] { border-color:var(--accent); color:var(--accent); font-weight:700; }
    button.sameness { border-color:var(--bad); color:var(--bad); font-size:.82rem; padding:.15rem .5rem; margin:.2rem .2rem 0 0; }
    label.inline { display:inline-flex; align-items:center; gap:.3rem; font-weight:400; }
    label.inline input { width:auto; margin:0; }
    .compare { display:grid; grid-template-columns:repeat(auto-fit, minmax(280px, 1fr)); gap:1rem; }
    .compare h3 { font-size:1rem; margin:.2rem 0; }
    ul.plain { list-style:none; padding:0; margin:.3rem 0; }
    ul.plain li { margin:.2rem 0; }
    .spaced-card { margin-top:1rem; }
    #batchList h2, #batchPanel h2 { font-size:1.05rem; margin:0 0 .4rem; }
    """#
}
