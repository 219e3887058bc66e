#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The thread a runtime's loop and its handler run on. The loop's Runtime API calls block this thread
/// (no hop to another thread and back, twice per invocation: the bulk of a warm invocation's cost)
/// without ever blocking Swift's shared cooperative pool, which other runtimes in the same process
/// (tests) and the handler's own I/O completions rely on.
final class RuntimeThread: TaskExecutor, @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var condition = pthread_cond_t()
    /// Guarded by `mutex`.
    private var jobs: [UnownedJob] = []
    private var stopping = false

    init() {
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&condition, nil)
        var thread = pthread_t()
        let box = Unmanaged.passRetained(self)
        pthread_create(&thread, nil, { argument in
            let executor = Unmanaged<RuntimeThread>.fromOpaque(argument!).takeRetainedValue()
            executor.runJobs()
            return nil
        }, box.toOpaque())
        pthread_detach(thread)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        pthread_mutex_lock(&mutex)
        jobs.append(unowned)
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    /// Ends the thread once the jobs already enqueued have run (the runtime has stopped).
    func stop() {
        pthread_mutex_lock(&mutex)
        stopping = true
        pthread_cond_signal(&condition)
        pthread_mutex_unlock(&mutex)
    }

    /// Runs jobs in order until stopped.
    private func runJobs() {
        while true {
            pthread_mutex_lock(&mutex)
            while jobs.isEmpty && !stopping { pthread_cond_wait(&condition, &mutex) }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            let done = stopping && batch.isEmpty
            pthread_mutex_unlock(&mutex)
            if done { return }
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}
