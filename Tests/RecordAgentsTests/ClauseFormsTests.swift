import Testing
@testable import RecordAgents

@Suite("Joining noun-form clauses")
struct ClauseFormsTests {
    @Test func nounFormsBecomeConnectives() {
        #expect(ClauseForms.connective("실험을 설계함", preferGo: true) == "실험을 설계하고")
        #expect(ClauseForms.connective("실험을 설계함", preferGo: false) == "실험을 설계하며")
        #expect(ClauseForms.connective("모형을 만듦", preferGo: true) == "모형을 만들며")
        #expect(ClauseForms.connective("책을 읽음", preferGo: true) == "책을 읽으며")
        #expect(ClauseForms.connective("강연을 들음", preferGo: false) == "강연을 들으며")
        #expect(ClauseForms.connective("친구를 도움", preferGo: true) == "친구를 도우며")
        #expect(ClauseForms.connective("측정 담당임", preferGo: true) == "측정 담당이고")
    }
}
