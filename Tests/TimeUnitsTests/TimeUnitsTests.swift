import Foundation
import Testing
import TimeUnits

@Suite struct TimeUnitsTests {
    @Test func wholeMillisecondsRoundTowardsZero() {
        #expect(Duration.seconds(3).wholeMilliseconds == 3000)
        #expect((Duration.milliseconds(1500) + .microseconds(999)).wholeMilliseconds == 1500)
        #expect(Duration.microseconds(999).wholeMilliseconds == 0)
        #expect(Duration.seconds(-2).wholeMilliseconds == -2000)
    }

    @Test func fractionalMillisecondsKeepTheFraction() {
        #expect(Duration.microseconds(1500).fractionalMilliseconds == 1.5)
        #expect(Duration.seconds(2).fractionalMilliseconds == 2000)
    }

    @Test func epochMillisecondsRoundDownAndComeBack() {
        #expect(Date(timeIntervalSince1970: 1_700_000_000.1239).millisecondsSince1970 == 1_700_000_000_123)
        #expect(Date(millisecondsSince1970: 1_700_000_000_123).timeIntervalSince1970 == 1_700_000_000.123)
        #expect(Date(millisecondsSince1970: 1_700_000_000_123).millisecondsSince1970 == 1_700_000_000_123)
    }
}
