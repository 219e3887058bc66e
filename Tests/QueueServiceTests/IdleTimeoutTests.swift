import QueueService
import Testing

@Suite struct IdleTimeoutTests {
    @Test func secondsWithinTheBoundsAreTaken() throws {
        #expect(try IdleTimeout(parsing: "5").seconds == 5)
        #expect(try IdleTimeout(parsing: "0.25").amount == .milliseconds(250))
        #expect(try IdleTimeout(parsing: "3600").seconds == 3600)
        #expect(IdleTimeout.standard.seconds == 5)
    }

    @Test func anythingElseIsRefusedNamingTheOptionAndValue() {
        for text in ["0", "-1", "3600.5", "nan", "inf", "five", ""] {
            #expect(throws: IdleTimeout.Invalid.self, "\(text)") { try IdleTimeout(parsing: text) }
        }
        let error = #expect(throws: IdleTimeout.Invalid.self) { try IdleTimeout(parsing: "0") }
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains("--idle-timeout") && message.contains("'0'") && message.contains("3600"))
    }
}
