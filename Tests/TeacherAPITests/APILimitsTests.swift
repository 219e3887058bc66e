import TeacherAPI
import Testing

@Suite("API limits")
struct APILimitsTests {
    @Test("streams of all teachers take at most their share of the api environments, never all of them")
    func streamShare() {
        #expect(APILimits.streams(apiConcurrency: 100) == 75)
        #expect(APILimits.streams(apiConcurrency: 8) == 6)
        #expect(APILimits.streams(apiConcurrency: 4, percent: 99) == 3)
        #expect(APILimits.streams(apiConcurrency: 2, percent: 100) == 1)
        #expect(APILimits.streams(apiConcurrency: 1) == 0)
    }

    @Test("the environment sets the limits; values that are no positive number leave the defaults")
    func environment() {
        let limits = APILimits.fromEnvironment([
            "RECORDLINE_API_CONCURRENCY": "40", "RECORDLINE_STREAM_PERCENT": "50", "RECORDLINE_MAX_STREAMS_PER_TEACHER": "2",
            "RECORDLINE_STREAM_SECONDS": "30", "RECORDLINE_MAX_TASKS_IN_FLIGHT": "0",
        ])
        #expect(limits.streamsInTotal == 20)
        #expect(limits.streamsPerTeacher == 2)
        #expect(limits.streamLifetime == .seconds(30))
        #expect(limits.tasksInFlight == 20)
        #expect(APILimits.fromEnvironment([:]) == APILimits())
        #expect(APILimits().streamLifetime == .seconds(20))
    }
}
