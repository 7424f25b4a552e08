"""The SQLite ledger: `Ledger` writes analyses one transaction each and reads them back."""

from .ledger import Ledger, LedgerError, WriteOutcome
from .migrations import latest_version as schema_version

__all__ = ["Ledger", "LedgerError", "WriteOutcome", "schema_version"]
