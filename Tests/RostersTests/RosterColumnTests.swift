import Testing
@testable import Rosters

@Suite struct RosterColumnTests {
    @Test func columnsAreNamedInKorean() {
        #expect(RosterColumn.allCases.map(\.rawValue) == ["번호", "이름", "메모"])
    }
}
