import FactDeskKit
import Foundation

/// The day of the check, given to the drafts of a workspace (``Document/checkDay``): a draft is
/// checked before it is published, so the date checks read it as of that day when it gives no
/// publication date of its own.
///
/// It is today, in the local time zone, unless the environment sets `SOURCE_DATE_EPOCH` (the
/// reproducible-builds convention: seconds since 1970-01-01 UTC), whose UTC day it then is, so
/// that a check run again later, or on an archive, reads its drafts as of the same day.
public enum CheckDay {
    /// The environment variable that fixes the day of the check.
    public static let epochVariable = "SOURCE_DATE_EPOCH"

    /// A `SOURCE_DATE_EPOCH` that is not a whole number of seconds.
    public struct MalformedEpoch: Error, CustomStringConvertible {
        /// The variable's value.
        public let value: String

        public var description: String {
            "\(CheckDay.epochVariable)=\(value): expected a whole number of seconds since 1970-01-01 UTC"
        }
    }

    /// The day of the check.
    /// - Parameter environment: the variables to read `SOURCE_DATE_EPOCH` from.
    /// - Throws: ``MalformedEpoch`` when `SOURCE_DATE_EPOCH` is set but not a whole number.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> CalendarDate?
    {
        guard let value = environment[epochVariable] else { return day(of: Date(), in: .current) }
        guard let seconds = Int64(value.trimmingCharacters(in: .whitespaces)) else {
            throw MalformedEpoch(value: value)
        }
        return day(of: Date(timeIntervalSince1970: TimeInterval(seconds)), in: TimeZone(identifier: "UTC") ?? .current)
    }

    private static func day(of instant: Date, in zone: TimeZone) -> CalendarDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
