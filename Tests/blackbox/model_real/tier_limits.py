"""The limits the real-model tier runs the stack with, and the bound they give each task."""

# One attempt's limit. Most of Gemma 270M's answers on two cores come inside it; a call that waits
# behind others at the single-slot server, or whose answer runs on towards its token budget (a draft's
# is about 3,200), may not, and its stage then falls back to the offline engine, as with any slow model.
ATTEMPT_SECONDS = 60
# An invocation's limit: every model call of a stage, the repair request included, ends inside it.
FUNCTION_SECONDS = 150
# Each stage runs in an invocation at most FUNCTION_SECONDS long (its model calls end inside it, the
# offline engine then takes milliseconds), which may start only after an earlier invocation of the same
# function has ended (the poller hands a queue's messages out in batches): two invocations a stage.
TASK_BOUND_SECONDS = 3 * 2 * FUNCTION_SECONDS
