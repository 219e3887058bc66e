import CurlHTTP
import Foundation
import Logging
import Pipeline

/// Posts failure alerts to a Slack-compatible incoming webhook (`RECORDLINE_ALERT_WEBHOOK`): a few
/// attempts with backoff, each with a short timeout, all within `budget` and before the invocation's
/// deadline, so a slow or dead webhook holds the handler up for seconds at most. A 4xx other than 429
/// is not retried.
struct WebhookAlerts: FailureAlerting {
    let url: String
    let logger: Logger
    var attempts = 3
    var attemptTimeout: Duration = .seconds(2)
    var budget: Duration = .seconds(5)
    private let pool = CurlConnectionPool(label: "alert-webhook", maxIdle: 1)

    init(url: String, logger: Logger) {
        self.url = url
        self.logger = logger
    }

    func send(_ alert: FailureAlert, before invocationDeadline: ContinuousClock.Instant) async {
        let body = SlackAlertMessage(alert).encoded()
        let deadline = min(ContinuousClock.now + budget, invocationDeadline)
        var delay = Duration.milliseconds(200)
        var last = "not attempted"
        for attempt in 1...max(1, attempts) {
            let remaining = deadline - .now
            guard remaining > .milliseconds(50) else { break }
            let request = HTTPRequest(
                method: "POST", url: url, headers: [("Content-Type", "application/json")], body: .bytes(body),
                timeout: min(attemptTimeout, remaining), connectTimeout: min(.seconds(1), remaining))
            do {
                let response = try await pool.perform(request)
                if (200..<300).contains(response.status) { return }
                last = "HTTP \(response.status)"
                if (400..<500).contains(response.status) && response.status != 429 { break }
            } catch {
                last = error.message
            }
            guard attempt < attempts, deadline - .now > delay else { break }
            guard await waitUnlessCancelled(for: delay) else { break }
            delay *= 2
        }
        // The webhook's address is a secret: never logged.
        logger.warning("the alert webhook was not reached", metadata: [
            "taskId": "\(alert.taskId)", "stage": "\(alert.stage.rawValue)", "error": "\(last)",
        ])
    }
}

/// The alert as a Slack incoming-webhook message: a summary line, then the details as fields.
struct SlackAlertMessage: Encodable {
    struct Attachment: Encodable {
        let color = "danger"
        let fallback: String
        let fields: [Field]
    }

    struct Field: Encodable {
        let title: String
        let value: String
        let short: Bool
    }

    let text: String
    let attachments: [Attachment]

    init(_ alert: FailureAlert) {
        let versions = alert.versions.map(String.init).joined(separator: ", ")
        let queue = alert.deadLetterQueue ?? "its dead-letter queue"
        text = "Recordline: task \(alert.taskId), \(alert.stage.rawValue) failed on its last attempt "
            + "(version \(versions.isEmpty ? "none" : versions)); the message is in \(queue)"
        attachments = [Attachment(fallback: text, fields: [
            Field(title: "task", value: alert.taskId, short: true),
            Field(title: "stage", value: alert.stage.rawValue, short: true),
            Field(title: "versions", value: versions, short: true),
            Field(title: "dead-letter queue", value: alert.deadLetterQueue ?? "", short: true),
            Field(title: "message", value: alert.messageId, short: true),
            Field(title: "receive count", value: String(alert.receiveCount), short: true),
            Field(title: "reason", value: alert.reason, short: false),
        ])]
    }

    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data())
    }
}
