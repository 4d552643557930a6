"""Arabic strike-claim extraction: pure Python, no Django."""

from strikeparse.extract import Claim, Extraction, extract, names_a_place

__all__ = ["Claim", "Extraction", "extract", "names_a_place"]
