"""Arabic strike-claim extraction: pure Python, no Django."""

from strikeparse.extract import Claim, Extraction, extract

__all__ = ["Claim", "Extraction", "extract"]
