import ArgumentParser
import RecordRules

/// What every command that drafts or checks a record is asked first: the section, the subject, the
/// byte target and the 학년도 whose limits apply.
struct RecordOptions: ParsableArguments {
    @Option(help: "Section: \(Section.allCases.map(\.rawValue).joined(separator: ", ")).")
    var section: String

    @Option(help: "Subject name, required for the subject section (e.g. 과학).")
    var subject: String?

    @Option(name: .customLong("target-bytes"), help: "Byte target, at most the section limit (default: the limit).")
    var targetBytes: Int?

    @Option(
        name: .customLong("rule-year"),
        help: "학년도 whose limits apply: \(RuleEdition.years.map(String.init).joined(separator: ", ")) (default: \(RuleEdition.defaultYear)).")
    var ruleYear: Int?
}
