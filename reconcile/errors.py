"""One exception hierarchy; the CLI turns it into exit codes in one place."""


class ReconcileError(Exception):
    """Base class of every error reconcile raises on purpose."""

    exit_code = 1


class UsageError(ReconcileError):
    """The command was called wrongly (bad option, missing input)."""

    exit_code = 2


class SourceError(ReconcileError):
    """One input file could not be read; the run goes on with the rest."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class NothingToDo(ReconcileError):
    """No source could be read, so nothing could be compared."""

    exit_code = 1


class ModelError(ReconcileError):
    """The spaCy language model is missing or broken."""

    exit_code = 1


class StoreError(ReconcileError):
    """The review store could not be read or written."""

    exit_code = 1
