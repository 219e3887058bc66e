import Foundation
import QueueClient
import SQSWire
import TaskStore
import Testing

@testable import RecordlineCLI

@Suite("Ops commands: parsing, formatting, redaction, pacing")
struct OpsFormattingTests {
    @Test("durations parse as operators type them and print in two units")
    func durations() {
        #expect(DurationText.parse("90s") == .seconds(90))
        #expect(DurationText.parse("10m") == .seconds(600))
        #expect(DurationText.parse("2h") == .seconds(7200))
        #expect(DurationText.parse("1d") == .seconds(86_400))
        #expect(DurationText.parse("500ms") == .milliseconds(500))
        #expect(DurationText.parse("1.5m") == .seconds(90))
        #expect(DurationText.parse("30") == .seconds(30))
        #expect(DurationText.parse("ten minutes") == nil)
        #expect(DurationText.parse("-5s") == nil)
        #expect(DurationText.format(milliseconds: 0) == "0s")
        #expect(DurationText.format(milliseconds: 450) == "450ms")
        #expect(DurationText.format(milliseconds: 45_000) == "45s")
        #expect(DurationText.format(milliseconds: 125_000) == "2m 5s")
        #expect(DurationText.format(milliseconds: 3_900_000) == "1h 5m")
        #expect(DurationText.format(milliseconds: 2 * 86_400_000 + 4 * 3_600_000) == "2d 4h")
        #expect(DurationText.timestamp(1_795_000_000_000) == "2026-11-18T11:06:40Z")
    }

    @Test("tables align by display width, Hangul taking two columns, and cut long cells")
    func tables() {
        #expect(TextTable.displayWidth("abc") == 3)
        #expect(TextTable.displayWidth("금지어") == 6)
        var table = TextTable(["STAGE", "REASON"])
        table.add(["refine", "금지어 포함"])
        table.add(["draft", "timeout"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines == ["STAGE   REASON", "refine  금지어 포함", "draft   timeout"])
        let cut = TextTable.truncate("가나다라마바사", to: 7)
        #expect(cut == "가나다…")
        #expect(TextTable.displayWidth(cut) <= 7)
        #expect(TextTable.truncate("one\ntwo", to: 20) == "one two")
    }

    @Test("student text in bodies is redacted, identifiers are kept, anything else is hidden whole")
    func redaction() throws {
        let body = #"{"stage":"refine","taskId":"t-1","version":2,"text":"김민수 학생이 실험을 설계함."}"#
        let redacted = MessageBody.redacted(body)
        #expect(!redacted.contains("김민수"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(redacted.utf8)) as? [String: Any])
        #expect(object["stage"] as? String == "refine")
        #expect(object["taskId"] as? String == "t-1")
        #expect((object["version"] as? NSNumber)?.intValue == 2)
        #expect(object["text"] as? String == "<redacted: 16 characters>")
        #expect(MessageBody.redacted(#"{"notes":{"a":"학생"},"taskId":"t"}"#).contains(#""notes":"<redacted>""#))
        #expect(MessageBody.redacted("poison: 학생 이름") == "<redacted: 13 characters, not a stage message>")
        #expect(MessageBody.shown(body, reveal: true) == body)

        let parsed = MessageBody(body)
        #expect(parsed.stage == .refine && parsed.taskId == "t-1" && parsed.version == 2 && parsed.isJSON)
        #expect(MessageBody("not json").isJSON == false)
    }

    @Test("the pacer keeps to the rate and never bursts more than a second's worth")
    func pacing() {
        let free = RatePacer(perSecond: nil)
        #expect(free.batchSize == 10)
        #expect(free.delay(sent: 10_000, elapsed: .zero) == .zero)
        let slow = RatePacer(perSecond: 4)
        #expect(slow.batchSize == 4)
        #expect(slow.delay(sent: 0, elapsed: .zero) == .zero)
        #expect(slow.delay(sent: 8, elapsed: .milliseconds(500)) == .milliseconds(1500))
        #expect(slow.delay(sent: 8, elapsed: .seconds(3)) == .zero)
        let fast = RatePacer(perSecond: 200)
        #expect(fast.batchSize == 10)
        #expect(fast.delay(sent: 100, elapsed: .milliseconds(100)) == .milliseconds(400))
    }

    @Test("filters select by task, stage and age")
    func filters() {
        let now: Int64 = 1_795_000_000_000
        let message = ReceivedMessage(
            messageID: "m1", receiptHandle: "r", body: #"{"stage":"finalize","taskId":"t-9","version":3,"text":"x"}"#, md5OfBody: "",
            attributes: ["SentTimestamp": String(now - 600_000), "ApproximateReceiveCount": "4",
                         "DeadLetterQueueSourceArn": "arn:aws:sqs:us-east-1:000000000000:recordline-finalize"])
        let entry = DeadLetterEntry(message, defaultStage: nil, now: now)
        #expect(entry.taskId == "t-9" && entry.version == 3 && entry.stage == .finalize)
        #expect(entry.receiveCount == 3)
        #expect(entry.ageSeconds == 600)
        #expect(entry.sourceQueue == "recordline-finalize")
        #expect(MessageFilter().matches(entry) && MessageFilter().isEmpty)
        #expect(MessageFilter(taskId: "t-9").matches(entry))
        #expect(!MessageFilter(taskId: "t-8").matches(entry))
        #expect(!MessageFilter(stage: .refine).matches(entry))
        #expect(MessageFilter(olderThanMilliseconds: 300_000).matches(entry))
        #expect(!MessageFilter(olderThanMilliseconds: 900_000).matches(entry))
        #expect(MessageFilter(newerThanMilliseconds: 900_000).matches(entry))
        #expect(!MessageFilter(newerThanMilliseconds: 60_000).matches(entry))

        let poison = DeadLetterEntry(
            ReceivedMessage(messageID: "m2", receiptHandle: "r", body: "junk", md5OfBody: ""), defaultStage: .draft, now: now)
        #expect(poison.stage == .draft && poison.taskId == nil && poison.receiveCount == 0)
    }

    @Test("progress lines and summaries say what moved")
    func progress() {
        #expect(RedriveProgress.line(label: "redrive q", moved: 250, of: 1000, failed: 0) == "redrive q: 250/1000 moved (25%)")
        #expect(RedriveProgress.line(label: "redrive q", moved: 7, of: nil, failed: 2) == "redrive q: 7 moved, 2 failed")
        var summary = RedriveSummary(queue: "q-dlq", method: "send-then-delete", status: "COMPLETED", moved: 10, toMove: 10)
        summary.seconds = 2
        #expect(summary.succeeded)
        #expect(summary.perSecond == 5)
        #expect(summary.text.hasPrefix("completed: moved 10 of 10 from q-dlq by send-then-delete in 2.00 s (5 messages/s)"))
        summary.sendFailed = 1
        #expect(!summary.succeeded)
        #expect(Confirmation.accepts("y") && Confirmation.accepts("yes") && !Confirmation.accepts("") && !Confirmation.accepts("n"))
    }

    @Test("a task's version events are redacted, its other events shown; event ids give their time")
    func taskEvents() {
        let version = TaskEvent(id: "1795000000000-0", type: "version", data: #"{"text":"학생이 …"}"#)
        #expect(TaskCommand.eventData(version, reveal: false) == "<redacted: 16 characters>")
        #expect(TaskCommand.eventData(version, reveal: true) == version.data)
        let failed = TaskEvent(id: "1795000000000-1", type: "version_failed", data: #"{"reason":"refine failed","version":1}"#)
        #expect(TaskCommand.eventData(failed, reveal: false) == failed.data)
        #expect(TaskCommand.eventTime("1795000000000-1") == 1_795_000_000_000)
        #expect(QueuesCommand.deadLetterTarget(#"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:1:q-dlq","maxReceiveCount":"3"}"#) == "arn:aws:sqs:us-east-1:1:q-dlq")
        #expect(queueName(fromARNOrURL: "http://127.0.0.1:9324/000000000000/recordline-refine-dlq") == "recordline-refine-dlq")
    }
}
