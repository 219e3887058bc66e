@testable import ModelAgents
import Testing

@Suite("Reading model answers strictly")
struct AnswerParserTests {
    @Test func fencesAndMetaTextAroundTheJSONAreIgnored() {
        let answer = """
        다음은 요청하신 초안입니다.
        ```json
        {"versions":[{"version":1,"text":"다음은 초안입니다: 실험을 설계함."},{"version":2,"text":"측정을 담당함."},{"version":3,"text":"발표함."}]}
        ```
        """
        #expect(AnswerParser.drafts(answer) == [1: "실험을 설계함.", 2: "측정을 담당함.", 3: "발표함."])
    }

    @Test func malformedOrCutOffJSONIsNotAnAnswer() {
        #expect(AnswerParser.drafts(#"{"versions":[{"version":1,"text":"실험을 설계"#) == nil)
        #expect(AnswerParser.drafts(#"{"drafts":["실험을 설계함."]}"#) == nil)
        #expect(AnswerParser.drafts("초안을 쓸 수 없습니다.") == nil)
        #expect(AnswerParser.text(#"{"text": 3}"#) == nil)
        #expect(AnswerParser.text(#"{"txt":"실험을 설계함."}"#) == nil)
    }

    @Test func missingDuplicateAndUnknownVersionsAreSorted() {
        let answer = #"{"versions":[{"version":1,"text":"가"},{"version":1,"text":"나"},{"version":7,"text":"다"},{"version":2,"text":" "}]}"#
        #expect(AnswerParser.drafts(answer) == [1: "가"])
    }

    @Test func aPlainTextAnswerIsTakenWithoutItsPreamble() {
        #expect(AnswerParser.text("수정한 초안입니다:\n실험을 설계하고 측정을 담당함.") == "실험을 설계하고 측정을 담당함.")
        #expect(AnswerParser.text(#"{"text":"Here is the revised draft:\n실험을 설계함."}"#) == "실험을 설계함.")
        #expect(AnswerParser.text(#"{"text":"실험을 설계함. 측정을 담당함."}"#) == "실험을 설계함. 측정을 담당함.")
    }
}
