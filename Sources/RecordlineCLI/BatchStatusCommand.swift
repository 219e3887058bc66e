import ArgumentParser
import Foundation

/// `recordline batch status ID`: the batch's progress and each student's status, in roster order.
struct BatchStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Show a batch's progress and each student's status.")

    @OptionGroup var options: TeacherAPIOptions

    @Flag(help: "Print the API's answer (GET /v1/batches/<id>) as JSON.")
    var json = false

    @Argument(help: "The batch id.")
    var batchID: String

    func run() async throws {
        let response = try await options.send("GET", "/v1/batches/\(batchID)")
        if json {
            print(String(decoding: response.body, as: UTF8.self))
            return
        }
        let batch = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        print(Self.render(batch))
    }

    /// `completed: 28/30 (failed 1, running 1, queued 0)`, then one line per student, then the pairs
    /// whose drafts are nearly the same.
    static func render(_ batch: [String: Any]) -> String {
        let progress = batch["progress"] as? [String: Int] ?? [:]
        var lines = [
            "\(batch["status"] as? String ?? "?"): \(progress["completed"] ?? 0)/\(progress["total"] ?? 0) completed "
                + "(failed \(progress["failed"] ?? 0), running \(progress["running"] ?? 0), queued \(progress["queued"] ?? 0), "
                + "deleted \(progress["deleted"] ?? 0))",
        ]
        var table = TextTable(["번호", "이름", "상태", "버전 1 바이트"])
        for student in batch["students"] as? [[String: Any]] ?? [] {
            let first = (student["versions"] as? [[String: Any]])?.first
            table.add([
                (student["number"] as? Int).map(String.init) ?? "", student["name"] as? String ?? "", student["status"] as? String ?? "",
                (first?["bytes"] as? Int).map(String.init) ?? "",
            ])
        }
        lines.append(table.render())
        // Pairs of students whose drafts are nearly the same: notes copied from one to the next.
        if let sameness = batch["sameness"] as? [String: Any] {
            let pairs = sameness["pairs"] as? [[String: Any]] ?? []
            lines.append("비슷한 초안: \(pairs.count)쌍 (\(sameness["compared"] as? Int ?? 0)명 비교, 기준 \(sameness["threshold"] as? Double ?? 0))")
            for pair in pairs {
                let numbers = (pair["numbers"] as? [Int] ?? []).map(String.init).joined(separator: "번 ↔ ")
                lines.append("  \(numbers)번: \(String(format: "%.2f", pair["score"] as? Double ?? 0))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
