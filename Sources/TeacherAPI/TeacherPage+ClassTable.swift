/// The class view's table: `GET /v1/batches/<id>` polled every few seconds until every student's task
/// has settled (one request for the class, however large: the teacher's three event streams stay free;
/// a `429` or `503` waits its `Retry-After`), a row per student in roster order, the three versions to
/// choose from, the choice saved with `PUT /v1/tasks/<id>/choice` and its findings shown in the row,
/// pairs of drafts too much alike marked and compared side by side, the exports fetched with the token
/// and saved, and the earlier batches.
extension TeacherPage {
    static let classScript = #"""
    const POLL_MILLISECONDS = 2000;
    const STATUS_NAMES = { queued: "대기", running: "작성 중", completed: "완료", failed: "실패", deleted: "삭제됨" };
    const sectionName = (id) => SECTIONS.find((s) => s.id === id)?.name || id;
    const setClassStatus = (text) => { $("classStatus").textContent = text; };
    const apiErrorText = (answer) => answer?.error
      ? `${answer.error.field ? "[" + answer.error.field + "] " : ""}${answer.error.message}`
      : "서버가 알 수 없는 답을 보냈습니다.";
    const waitSeconds = (response) => Math.max(1, Number(response.headers.get("retry-after")) || 5);

    let openRun = null;
    function openBatch(batchId) {
      if (openRun) { openRun.stopped = true; clearTimeout(openRun.timer); }
      const run = { batchId, rows: new Map(), stopped: false, timer: null, polling: false, batch: null };
      openRun = run;
      $("classRows").innerHTML = "";
      $("exportStatus").textContent = "";
      $("samenessSummary").textContent = "";
      $("comparePanel").classList.add("hidden");
      $("batchTitle").textContent = "불러오는 중…";
      $("batchPanel").classList.remove("hidden");
      $("batchPanel").dataset.batchId = batchId;
      $("batchPanel").dataset.status = "";
      setClassStatus("학급 초안을 불러오는 중…");
      pollBatch(run);
    }
    // Reads the batch until every student settled; a later call (after a choice) reads it once more.
    async function pollBatch(run) {
      if (run.stopped || run.polling) return;
      clearTimeout(run.timer);
      run.polling = true;
      let wait = POLL_MILLISECONDS;
      try {
        const response = await fetch(`/v1/batches/${run.batchId}`, { headers: authHeaders(), cache: "no-store" });
        const answer = await response.json().catch(() => null);
        if (response.status === 429 || response.status === 503) {
          wait = waitSeconds(response) * 1000;
          setClassStatus(`서버가 바빠 ${wait / 1000}초 뒤에 다시 확인합니다…`);
        } else if (!response.ok) {
          setClassStatus(`학급 초안을 읽지 못했습니다 (${response.status}): ${apiErrorText(answer)}`);
          if (response.status === 404 || response.status === 401) { run.polling = false; return; }
        } else if (!run.stopped && answer) {
          showBatch(run, answer);
          if (answer.status === "completed") { run.polling = false; return; }
        }
      } catch {
        setClassStatus("서버에 연결할 수 없습니다. 잠시 뒤 다시 확인합니다…");
      }
      run.polling = false;
      if (!run.stopped) run.timer = setTimeout(() => pollBatch(run), wait);
    }

    function showBatch(run, batch) {
      run.batch = batch;
      const p = batch.progress;
      $("batchTitle").textContent = `${sectionName(batch.section)}${batch.subject ? " · " + batch.subject : ""} · ${p.total}명`;
      $("batchPanel").dataset.status = batch.status;
      const parts = [`완료 ${p.completed}/${p.total}명`];
      if (p.queued + p.running) parts.push(`작성 중 ${p.queued + p.running}명`);
      if (p.failed) parts.push(`실패 ${p.failed}명`);
      if (p.deleted) parts.push(`삭제 ${p.deleted}명`);
      setClassStatus(batch.status === "completed" ? `모든 학생의 초안이 준비되었습니다. ${parts.join(" · ")}` : `초안을 만드는 중입니다… ${parts.join(" · ")}`);
      for (const student of batch.students) {
        let row = run.rows.get(student.taskId);
        if (!row) { row = studentRow(run, student); run.rows.set(student.taskId, row); $("classRows").append(row.element); }
        updateRow(row, student);
      }
      showSameness(run, batch.sameness);
    }

    function studentRow(run, student) {
      const element = document.createElement("tr");
      element.dataset.number = student.number;
      element.dataset.task = student.taskId;
      element.innerHTML = `<td class="num">${student.number}</td><td>${escapeHTML(student.name || "")}</td>`
        + `<td><span data-role="status"></span><div data-role="sameness"></div></td><td data-role="draft"></td>`;
      const row = { run, element, student, versions: [], chosen: null, savedText: null, built: false };
      row.get = (role) => element.querySelector(`[data-role="${role}"]`);
      return row;
    }
    function updateRow(row, student) {
      row.student = student;
      row.element.dataset.status = student.status;
      const status = row.get("status");
      status.className = `status-${student.status}`;
      status.textContent = STATUS_NAMES[student.status] || student.status;
      if (student.status === "failed") row.get("draft").textContent = `초안을 만들지 못했습니다: ${student.reason || "모든 버전 실패"}`;
      else if (student.status === "deleted") row.get("draft").textContent = "삭제된 학생입니다.";
      else if (student.status === "completed" && !row.built) buildChoice(row, student);
      else if (!row.built) row.get("draft").textContent = "작성 중…";
    }

    // The three versions as buttons, the chosen one's text to edit, and the save.
    function buildChoice(row, student) {
      row.built = true;
      row.versions = student.versions;
      const cell = row.get("draft");
      cell.innerHTML = `<div class="versions" role="group" aria-label="${student.number}번 초안 버전">`
        + student.versions.map((v) => `<button type="button" data-version="${v.version}" aria-pressed="false"`
          + `${v.status === "completed" ? "" : ` disabled title="${escapeHTML(v.reason || "만들지 못한 버전")}"`}>`
          + `초안 ${v.version}${STRATEGIES[v.version - 1] ? " · " + STRATEGIES[v.version - 1] : ""}</button>`).join("")
        + "</div>"
        + `<textarea data-role="choiceText" aria-label="${student.number}번 고른 초안"></textarea>`
        + `<div class="counter" data-role="choiceBytes"></div>`
        + `<div class="actions"><label class="inline"><input type="checkbox" data-role="final"> 최종</label>`
        + `<button type="button" data-role="choose">이 초안으로 선택</button></div>`
        + `<div class="notice" data-role="choiceState" aria-live="polite"></div>`
        + `<ul class="issues" data-role="findings"></ul>`;
      for (const button of cell.querySelectorAll("[data-version]")) {
        button.addEventListener("click", () => pickVersion(row, Number(button.dataset.version)));
      }
      row.get("choiceText").addEventListener("input", () => countChoice(row));
      row.get("choose").addEventListener("click", () => saveChoice(row));
      const first = student.versions.find((v) => v.status === "completed");
      const saved = student.choice;
      pickVersion(row, saved ? saved.version : first ? first.version : 1);
      if (!first) row.get("choose").disabled = true;
      if (saved) {
        row.get("final").checked = saved.final;
        row.get("choiceState").textContent = choiceLabel(saved);
        if (saved.edited) loadSavedChoice(row);
      }
    }
    function pickVersion(row, number) {
      const version = row.versions.find((v) => v.version === number);
      if (!version || version.status !== "completed") return;
      row.chosen = number;
      for (const button of row.get("draft").querySelectorAll("[data-version]")) {
        button.setAttribute("aria-pressed", String(Number(button.dataset.version) === number));
      }
      row.get("choiceText").value = version.text || "";
      countChoice(row);
    }
    function rowLimit(row) {
      return row.run.batch?.targetBytes || sectionLimit(row.run.batch?.section, row.run.batch?.ruleYear).byteLimit;
    }
    function countChoice(row) {
      const bytes = neisBytes(row.get("choiceText").value), limit = rowLimit(row);
      row.get("choiceBytes").innerHTML = `<span class="${bytes > limit ? "over" : ""}">${bytes.toLocaleString()} / ${limit.toLocaleString()}바이트</span>`;
    }
    const choiceLabel = (choice) => `저장된 선택: 초안 ${choice.version}${choice.edited ? " (수정함)" : ""}${choice.final ? " · 최종" : ""}`
      + ` · ${choice.bytes.toLocaleString()}바이트 · ${choice.passes === false ? "확인 필요" : "규칙 통과"}`;
    // An edited choice's text and findings are not in the batch: they are read from the task.
    async function loadSavedChoice(row) {
      try {
        const response = await fetch(`/v1/tasks/${row.student.taskId}`, { headers: authHeaders(), cache: "no-store" });
        if (!response.ok) return;
        const task = await response.json();
        if (!task.choice) return;
        row.savedText = task.choice.text;
        row.get("choiceText").value = task.choice.text;
        countChoice(row);
        row.get("findings").innerHTML = issuesList(task.choice.report || {});
      } catch { /* the version's own text stays shown */ }
    }
    async function saveChoice(row) {
      const version = row.versions.find((v) => v.version === row.chosen);
      if (!version) return;
      const text = row.get("choiceText").value;
      if (!text.trim()) { row.get("findings").innerHTML = `<li class="block">고른 초안이 비어 있습니다.</li>`; return; }
      const body = { version: version.version, final: row.get("final").checked };
      if (text !== version.text) body.text = text;
      row.get("choose").disabled = true;
      row.get("choiceState").textContent = "저장하고 검사하는 중…";
      try {
        const response = await fetch(`/v1/tasks/${row.student.taskId}/choice`, {
          method: "PUT", headers: { ...authHeaders(), "Content-Type": "application/json" }, body: JSON.stringify(body),
        });
        const answer = await response.json().catch(() => null);
        if (!response.ok) {
          row.get("choiceState").textContent = "";
          row.get("findings").innerHTML = `<li class="block">저장하지 못했습니다 (${response.status}): ${escapeHTML(apiErrorText(answer))}</li>`;
          return;
        }
        showSaved(row, answer);
      } catch {
        row.get("choiceState").textContent = "";
        row.get("findings").innerHTML = `<li class="block">서버에 연결할 수 없습니다.</li>`;
      } finally {
        row.get("choose").disabled = false;
      }
    }

    function showSaved(row, answer) {
      row.savedText = answer.text;
      row.get("choiceState").textContent = choiceLabel(answer);
      row.get("findings").innerHTML = issuesList(answer.report || {});
      row.element.dataset.choice = String(answer.version);
      pollBatch(row.run);
    }

    // The text the server compares for a student: their saved choice, else their first completed version.
    function comparedText(row) {
      return row.savedText ?? row.versions.find((v) => v.status === "completed")?.text ?? "";
    }
    function showSameness(run, sameness) {
      const byNumber = new Map([...run.rows.values()].map((row) => [row.student.number, row]));
      for (const row of run.rows.values()) { row.element.classList.remove("same"); row.get("sameness").innerHTML = ""; }
      const pairs = sameness?.pairs || [];
      $("samenessSummary").textContent = pairs.length
        ? `초안이 지나치게 비슷한 학생 ${pairs.length}쌍이 있습니다. 메모를 옮겨 적지 않았는지 확인하세요.`
        : sameness ? `비슷한 초안 없음 (${sameness.compared}명 비교)` : "";
      for (const pair of pairs) {
        const rows = pair.numbers.map((n) => byNumber.get(n));
        if (rows.some((row) => !row)) continue;
        rows.forEach((row, side) => {
          const other = rows[1 - side];
          row.element.classList.add("same");
          const button = document.createElement("button");
          button.type = "button";
          button.className = "sameness";
          button.dataset.pair = pair.numbers.join("-");
          button.textContent = `${other.student.number}번과 비슷함 (${pair.score.toFixed(2)}) · 비교`;
          button.addEventListener("click", () => compare(row, other, pair));
          row.get("sameness").append(button);
        });
      }
    }
    function compare(left, right, pair) {
      const panel = $("comparePanel");
      const get = (role) => panel.querySelector(`[data-role="${role}"]`);
      $("compareTitle").textContent = `${left.student.number}번 ↔ ${right.student.number}번: 유사도 ${pair.score.toFixed(2)}`;
      // The next-most-different version the server found for one of the two, chosen with one press.
      const alternative = pair.alternative;
      const offer = $("compareAlternative");
      offer.classList.toggle("hidden", !alternative);
      $("compareStatus").textContent = "";
      if (alternative) {
        offer.textContent = `${alternative.number}번을 덜 비슷한 초안 ${alternative.version}(으)로 바꾸기 · 유사도 ${pair.score.toFixed(2)} → ${alternative.score.toFixed(2)}`;
        offer.dataset.number = String(alternative.number);
        offer.dataset.version = String(alternative.version);
        const side = left.student.number === alternative.number ? "leftText" : "rightText";
        offer.onclick = () => chooseAlternative(alternative, side === "leftText" ? left : right, get(side));
      }
      get("leftName").textContent = `${left.student.number}번 ${left.student.name || ""}`;
      get("rightName").textContent = `${right.student.number}번 ${right.student.name || ""}`;
      get("leftText").textContent = comparedText(left);
      get("rightText").textContent = comparedText(right);
      panel.classList.remove("hidden");
      panel.scrollIntoView({ block: "nearest" });
    }
    $("compareClose").addEventListener("click", () => $("comparePanel").classList.add("hidden"));
    // Chooses the offered version for its student (PUT choice, not final: the teacher still reads it).
    async function chooseAlternative(alternative, row, shown) {
      const offer = $("compareAlternative");
      offer.disabled = true;
      $("compareStatus").textContent = "바꾸는 중…";
      try {
        const response = await fetch(`/v1/tasks/${alternative.taskId}/choice`, {
          method: "PUT", headers: { ...authHeaders(), "Content-Type": "application/json" }, body: JSON.stringify({ version: alternative.version }),
        });
        const answer = await response.json().catch(() => null);
        if (!response.ok) { $("compareStatus").textContent = `바꾸지 못했습니다 (${response.status}): ${apiErrorText(answer)}`; return; }
        if (row) {
          pickVersion(row, answer.version);
          row.get("final").checked = false;
          showSaved(row, answer);
        }
        shown.textContent = answer.text;
        offer.classList.add("hidden");
        $("compareStatus").textContent = `${alternative.number}번의 선택을 초안 ${answer.version}(으)로 바꿨습니다: 유사도 ${alternative.score.toFixed(2)}`
          + (alternative.clears ? "." : ". 아직 비슷하니 직접 고쳐 주세요.");
      } catch {
        $("compareStatus").textContent = "서버에 연결할 수 없습니다.";
      } finally {
        offer.disabled = false;
      }
    }

    // The exports need the token, so they are fetched and saved from a blob rather than linked.
    async function exportBatch(button) {
      const run = openRun;
      if (!run) return;
      const query = new URLSearchParams({ format: button.dataset.export });
      if (button.dataset.encoding) query.set("encoding", button.dataset.encoding);
      $("exportStatus").textContent = "내려받는 중…";
      try {
        const response = await fetch(`/v1/batches/${run.batchId}/export?${query}`, { headers: authHeaders(), cache: "no-store" });
        if (!response.ok) {
          const answer = await response.json().catch(() => null);
          $("exportStatus").textContent = `내려받지 못했습니다 (${response.status}): ${apiErrorText(answer)}`;
          return;
        }
        const blob = await response.blob();
        const given = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") || "")?.[1] || `batch.${button.dataset.export}`;
        const name = button.dataset.encoding === "cp949" ? given.replace(/\.csv$/, "-cp949.csv") : given;
        const link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = name;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 10000);
        $("exportStatus").textContent = `내려받았습니다: ${name}`;
      } catch {
        $("exportStatus").textContent = "서버에 연결할 수 없습니다.";
      }
    }
    for (const button of document.querySelectorAll("[data-export]")) button.addEventListener("click", () => exportBatch(button));

    // The teacher's earlier batches, newest first, each reopened in the table.
    async function loadBatchList() {
      const list = $("batchItems");
      if (!tokenInput.value.trim()) { list.innerHTML = `<li class="notice">접속 토큰을 입력하면 이전 작업이 보입니다.</li>`; return; }
      try {
        const response = await fetch("/v1/batches?limit=20", { headers: authHeaders(), cache: "no-store" });
        const answer = await response.json().catch(() => null);
        if (!response.ok) { list.innerHTML = `<li class="block">목록을 읽지 못했습니다 (${response.status}): ${escapeHTML(apiErrorText(answer))}</li>`; return; }
        const batches = answer?.batches || [];
        list.innerHTML = batches.length ? "" : `<li class="notice">아직 없습니다.</li>`;
        for (const batch of batches) {
          const item = document.createElement("li");
          const button = document.createElement("button");
          button.type = "button";
          button.dataset.batch = batch.batchId;
          const when = new Date(batch.createdAt);
          button.textContent = `${Number.isNaN(when.getTime()) ? batch.createdAt : when.toLocaleString("ko-KR")} · `
            + `${sectionName(batch.section)}${batch.subject ? " · " + batch.subject : ""} · ${batch.students}명`;
          button.addEventListener("click", () => openBatch(batch.batchId));
          item.append(button);
          list.append(item);
        }
      } catch {
        list.innerHTML = `<li class="block">서버에 연결할 수 없습니다.</li>`;
      }
    }
    $("batchListRefresh").addEventListener("click", loadBatchList);
    """#
}
