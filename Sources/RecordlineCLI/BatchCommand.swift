import ArgumentParser

/// `recordline batch`: a whole class through the teacher API.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Draft a whole class from a roster (.xlsx or .csv) through the teacher API.",
        subcommands: [BatchSubmitCommand.self, BatchStatusCommand.self, BatchExportCommand.self])
}
