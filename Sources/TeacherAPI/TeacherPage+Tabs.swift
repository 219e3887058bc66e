/// The page's two views, one student and a whole class, as tabs: the class view loads the teacher's
/// earlier batches when it is first shown.
extension TeacherPage {
    static let tabsScript = #"""
    const TABS = [[$("tabSingle"), $("singleView")], [$("tabClass"), $("classView")]];
    function showTab(chosen) {
      for (const [tab, view] of TABS) {
        tab.setAttribute("aria-selected", String(tab === chosen));
        view.classList.toggle("hidden", tab !== chosen);
      }
      if (chosen === $("tabClass")) loadBatchList();
    }
    for (const [tab] of TABS) tab.addEventListener("click", () => showTab(tab));
    """#
}
