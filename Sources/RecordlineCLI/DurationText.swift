import ArgumentParser
import Foundation
import TimeUnits

/// Durations as operators type them (`90s`, `10m`, `2h`, `1d`, `500ms`; a bare number is seconds) and
/// as the tables print them.
enum DurationText {
    static func parse(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(suffix: String, milliseconds: Int64)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000)]
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            let number = trimmed.dropLast(unit.suffix.count)
            // "10ms" also ends in "s": only take a unit whose number part is a number.
            guard let value = Double(number), value >= 0, value.isFinite else { continue }
            return .milliseconds(Int64((value * Double(unit.milliseconds)).rounded()))
        }
        guard let seconds = Double(trimmed), seconds >= 0, seconds.isFinite else { return nil }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// `45s`, `12m`, `3h 5m`, `2d 4h`: the largest two units.
    static func format(milliseconds: Int64) -> String {
        let seconds = max(0, milliseconds / 1000)
        if milliseconds <= 0 { return "0s" }
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return seconds % 60 == 0 ? "\(seconds / 60)m" : "\(seconds / 60)m \(seconds % 60)s" }
        if seconds < 86_400 { return (seconds % 3600) / 60 == 0 ? "\(seconds / 3600)h" : "\(seconds / 3600)h \((seconds % 3600) / 60)m" }
        return (seconds % 86_400) / 3600 == 0 ? "\(seconds / 86_400)d" : "\(seconds / 86_400)d \((seconds % 86_400) / 3600)h"
    }

    /// Epoch milliseconds as `2026-11-21T08:30:05Z`.
    static func timestamp(_ milliseconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(millisecondsSince1970: milliseconds))
    }
}

/// `--older-than 10m` and the like as an ArgumentParser value.
struct DurationArgument: ExpressibleByArgument {
    let duration: Duration

    init?(argument: String) {
        guard let duration = DurationText.parse(argument) else { return nil }
        self.duration = duration
    }

    var milliseconds: Int64 { duration.wholeMilliseconds }
}
