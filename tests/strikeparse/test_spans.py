from strikeparse.spans import SpanSet


def test_it_tells_free_spans_from_overlapping_ones():
    spans = SpanSet()
    spans.add(10, 20)
    spans.add(30, 40)
    assert spans.is_free(0, 10) and spans.is_free(20, 30) and spans.is_free(40, 45)
    assert not spans.is_free(5, 11)
    assert not spans.is_free(19, 25)
    assert not spans.is_free(12, 15)
    assert not spans.is_free(0, 50)
