import datetime

import pytest

from articles.intake import IntakeError, clean_text, decode, parse_date, upload_from_file, upload_from_text

ARABIC = "قصفت طائرات حربية بلدة كفرزيتا في ريف حماة الشمالي."


def test_it_reads_utf8_with_and_without_a_bom():
    assert decode(ARABIC.encode("utf-8")) == ARABIC
    assert decode(b"\xef\xbb\xbf" + ARABIC.encode("utf-8")) == ARABIC


def test_it_reads_windows_1256_arabic():
    assert decode(ARABIC.encode("cp1256")) == ARABIC


def test_it_refuses_a_binary_file():
    with pytest.raises(IntakeError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_it_refuses_a_text_that_is_neither_utf8_nor_arabic_windows_1256():
    with pytest.raises(IntakeError, match="could not be read"):
        decode("Grüße aus Köln, ça va".encode("latin-1") + b"\x81\x8d")


def test_it_refuses_a_text_that_is_not_arabic():
    with pytest.raises(IntakeError, match="not in Arabic"):
        clean_text("Air strikes hit the town of Kafr Zita in northern Hama, the Observatory said.")


def test_it_refuses_an_empty_text():
    with pytest.raises(IntakeError, match="empty"):
        clean_text(" \n\t ")


def test_it_refuses_a_text_over_the_size_limit(settings):
    settings.NEWSMAP_MAX_UPLOAD_BYTES = 100
    with pytest.raises(IntakeError, match="too large"):
        upload_from_text(ARABIC * 10)


def test_it_normalises_newlines_and_trailing_blanks():
    assert clean_text(f"{ARABIC}  \r\n\r\nسطر ثان\r\n") == f"{ARABIC}\n\nسطر ثان"


def test_it_keeps_the_text_of_hostile_html_and_drops_its_scripts():
    html = (
        "<html><head><title>غارات على كفرزيتا</title><script>alert('x')</script></head><body>"
        f"<article><p>{ARABIC}</p><p>وقال المرصد إن الغارات أسفرت عن مقتل مدنيين وإصابة آخرين بجروح متفاوتة.</p>"
        "<img src=x onerror=alert(1)></article></body></html>"
    )
    upload = upload_from_file(name="page.html", data=html.encode("utf-8"))
    assert "كفرزيتا" in upload.text
    assert "alert" not in upload.text and "<" not in upload.text
    assert upload.title == "غارات على كفرزيتا"


def test_it_refuses_files_other_than_txt_and_html():
    with pytest.raises(IntakeError, match=r"\.txt and \.html"):
        upload_from_file(name="report.pdf", data=b"%PDF-1.4")


def test_it_parses_iso_dates_and_refuses_malformed_ones():
    assert parse_date("2015-09-30") == datetime.date(2015, 9, 30)
    assert parse_date("") is None
    with pytest.raises(IntakeError, match="YYYY-MM-DD"):
        parse_date("30/09/2015")
    with pytest.raises(IntakeError, match="plausible"):
        parse_date("2999-01-01")
