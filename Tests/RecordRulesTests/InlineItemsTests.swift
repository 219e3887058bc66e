import Testing
@testable import RecordRules

@Suite("Items run together on one line")
struct InlineItemsTests {
    @Test func eachMarkInsideALineOpensAnItem() {
        #expect(InlineItems.items(of: "-온도를 측정함 -처음에 변인통제 안 돼서 다시함")
            == ["-온도를 측정함", "-처음에 변인통제 안 돼서 다시함"])
        #expect(InlineItems.items(of: "▶ 멘토를 맡음 ▶ 일지 18회분 제출") == ["▶ 멘토를 맡음", "▶ 일지 18회분 제출"])
        #expect(InlineItems.items(of: "① 게시판 도우미 자원 ② 소감문 씀") == ["① 게시판 도우미 자원", "② 소감문 씀"])
        #expect(InlineItems.items(of: " · 비교표 작성 · 독서기록 2쪽") == ["· 비교표 작성", "· 독서기록 2쪽"])
    }

    @Test func numbersThatCountUpAreAList() {
        #expect(InlineItems.items(of: "천문반 부장 / 1. 연간 계획 제출(총 6회) 2. 달 위상 스케치")
            == ["천문반 부장", "1. 연간 계획 제출(총 6회)", "2. 달 위상 스케치"])
        // One number alone, a decimal or a date is no list.
        #expect(InlineItems.items(of: "평균 2. 5배 차이 남") == ["평균 2. 5배 차이 남"])
        #expect(InlineItems.items(of: "농도 3.5% 용액을 9.15에 만듦") == ["농도 3.5% 용액을 9.15에 만듦"])
    }

    @Test func marksThatAreNoItemsStay() {
        // A spaced dash is a label's, a dash inside a word a range, an arrow an arrow, "②번" a reference.
        for line in ["진로 - 도시계획 연구원", "2-7 반장", "초안 -> 수정본", "운동장·뒷산 두 곳 비교", "②번 초안에 근거 추가", "수익률 -3%로 끝남"] {
            #expect(InlineItems.items(of: line) == [line])
        }
    }
}
