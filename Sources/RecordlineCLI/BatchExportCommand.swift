import ArgumentParser
import Foundation

/// `recordline batch export ID`: the class's drafts as a file, one row per student in roster order.
struct BatchExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Save a batch's drafts as .xlsx or .csv.")

    @OptionGroup var options: TeacherAPIOptions

    @Option(help: "xlsx or csv.")
    var format = "xlsx"

    @Option(help: "For csv: utf-8 (with a byte order mark) or cp949.")
    var encoding: String?

    @Option(help: "Where to write the file (default: batch-<id>.<format> in the current folder).")
    var output: String?

    @Argument(help: "The batch id.")
    var batchID: String

    func validate() throws {
        guard ["xlsx", "csv"].contains(format) else { throw ValidationError("--format must be xlsx or csv") }
        if let encoding {
            guard format == "csv" else { throw ValidationError("--encoding applies to --format csv only") }
            guard ["utf-8", "cp949"].contains(encoding) else { throw ValidationError("--encoding must be utf-8 or cp949") }
        }
    }

    func run() async throws {
        var query = "format=\(format)"
        if let encoding { query += "&encoding=\(encoding)" }
        let response = try await options.send("GET", "/v1/batches/\(batchID)/export?\(query)")
        let path = output ?? "batch-\(batchID.prefix(8)).\(format)"
        guard FileManager.default.createFile(atPath: path, contents: Data(response.body)) else {
            throw failure("cannot write \(path)", exitCode: 73)
        }
        print(path)
    }
}
