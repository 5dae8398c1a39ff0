package uk.attest.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.attest.Shipped;
import uk.attest.assessment.Assessment;

/** The cohort CSV: RFC 4180 quoting, UTF-8, and cells a spreadsheet cannot run as formulas. */
class CohortCsvTest {
  static final Assessment GAPS =
      Shipped.ENGINE.assess(Shipped.bundle("examples/gaps-learner.json"), Shipped.ASSESSED_ON);
  static final List<CohortRow> ROWS = CohortRow.of("Zoë Ó Briain", "LRN-0002", GAPS);

  @Test
  void theFirstLineIsTheHeadingsAndEveryLineEndsCrlf() {
    String csv = csv(ROWS);
    assertThat(csv).startsWith(String.join(",", CohortRow.HEADINGS) + "\r\n");
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines).hasSize(ROWS.size() + 2);
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
  }

  @Test
  void aLearnersRowsHoldTheAssessmentsUnitsWithPlainDecimalsAndBooleans() {
    List<List<String>> records = parse(csv(ROWS));
    assertThat(records).hasSize(1 + GAPS.qualification().units().size());
    assertThat(records).allSatisfy(r -> assertThat(r).hasSize(CohortRow.HEADINGS.size()));
    List<String> u501 = records.get(1);
    assertThat(u501)
        .containsExactly(
            "7351209463",
            "Zoë Ó Briain",
            "LRN-0002",
            "699/9001/5",
            "Attest Level 5 Diploma in E-commerce Sales Leadership",
            "Z/699/9501",
            "U501",
            "Develop and deliver an e-commerce sales strategy and roadmap",
            "true",
            "1",
            "27",
            "NOT_READY");
    List<String> u502 = records.get(2);
    assertThat(u502.get(6)).isEqualTo("U502");
    assertThat(u502.get(8)).isEqualTo("false");
    assertThat(u502.get(9)).isEqualTo("0.1538");
    for (int i = 0; i < GAPS.qualification().units().size(); i++) {
      var unit = GAPS.qualification().units().get(i);
      List<String> record = records.get(i + 1);
      assertThat(record.get(6)).isEqualTo(unit.id());
      assertThat(Double.parseDouble(record.get(9))).isEqualTo(unit.coverage());
      assertThat(Boolean.parseBoolean(record.get(8))).isEqualTo(unit.achieved());
      assertThat(Integer.parseInt(record.get(10)))
          .isEqualTo(GAPS.qualification().readiness().score());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=1+1|'=1+1",
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "+44 20 7946 0000|'+44 20 7946 0000",
        "-2+3|'-2+3",
        "@SUM(A1:A9)|'@SUM(A1:A9)",
        "Zoë Ó Briain|Zoë Ó Briain",
        "a=b|a=b",
        "'already quoted|'already quoted",
        "` =1+1`|` =1+1`"
      })
  void cellsStartingWithAFormulaCharacterGetASingleQuote(String cell, String expected) {
    assertThat(CohortCsv.neutralise(cell)).isEqualTo(expected);
  }

  @Test
  void tabCarriageReturnAndNulAtTheStartAreNeutralisedToo() {
    assertThat(CohortCsv.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
    assertThat(CohortCsv.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
    assertThat(CohortCsv.neutralise("\0=1+1")).isEqualTo("'\0=1+1");
    assertThat(CohortCsv.neutralise("")).isEmpty();
    assertThat(CohortCsv.neutralise(null)).isEmpty();
  }

  @Test
  void aPipeOrAFullWidthFormulaCharacterAtTheStartIsNeutralisedToo() {
    assertThat(CohortCsv.neutralise("|calc'!A0")).isEqualTo("'|calc'!A0");
    assertThat(CohortCsv.neutralise("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
    assertThat(CohortCsv.neutralise("\uFF0B44 20")).isEqualTo("'\uFF0B44 20");
    assertThat(CohortCsv.neutralise("\uFF0D2+3")).isEqualTo("'\uFF0D2+3");
    assertThat(CohortCsv.neutralise("\uFF20SUM(A1)")).isEqualTo("'\uFF20SUM(A1)");
    assertThat(CohortCsv.neutralise("\uFF5Ccmd")).isEqualTo("'\uFF5Ccmd");
    assertThat(CohortCsv.neutralise("\n=1+1")).isEqualTo("'\n=1+1");
    assertThat(CohortCsv.neutralise("a|b")).as("only at the start").isEqualTo("a|b");
  }

  @Test
  void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
    CohortRow tricky =
        row(
            "Ó Briain, Zoë \"Zo\"",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "Line one\nline two");
    String csv = csv(List.of(tricky));
    String line = csv.substring(csv.indexOf("\r\n") + 2);
    assertThat(line)
        .startsWith("7351209463,\"Ó Briain, Zoë \"\"Zo\"\"\",")
        .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",")
        .contains(",\"Line one\nline two\",")
        .endsWith(",false,0.1538,27,NOT_READY\r\n");
    List<List<String>> records = parse(csv);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).get(1)).isEqualTo("Ó Briain, Zoë \"Zo\"");
    assertThat(records.get(1).get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
    assertThat(records.get(1).get(7)).isEqualTo("Line one\nline two");
  }

  @Test
  void aFieldStartingWithACarriageReturnIsNeutralisedAndQuoted() {
    String csv = csv(List.of(row("\r=1+1", "LRN-1", "Unit")));
    assertThat(csv).contains(",\"'\r=1+1\",");
    assertThat(parse(csv).get(1).get(1)).isEqualTo("'\r=1+1");
  }

  @Test
  void theWritersBytesAreUtf8AndCloseLeavesTheWriterOpen() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    var writer =
        new OutputStreamWriter(bytes, StandardCharsets.UTF_8) {
          boolean closed;

          @Override
          public void close() {
            closed = true;
          }
        };
    try (CohortCsv csv = new CohortCsv(writer)) {
      ROWS.forEach(csv::add);
    }
    assertThat(writer.closed).isFalse();
    byte[] out = bytes.toByteArray();
    assertThat(new String(out, StandardCharsets.UTF_8)).contains("Zoë Ó Briain");
    // ë is C3 AB and Ó is C3 93 in UTF-8.
    assertThat(indexOf(out, new byte[] {'Z', 'o', (byte) 0xC3, (byte) 0xAB, ' ', (byte) 0xC3}))
        .isNotNegative();
  }

  @Test
  void addingAfterCloseFails() {
    CohortCsv csv = new CohortCsv(new StringWriter());
    csv.close();
    csv.close();
    assertThatThrownBy(() -> csv.add(ROWS.get(0))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void coverageIsAlwaysAPlainDecimal() {
    assertThat(CohortCsv.decimal(0.1538)).isEqualTo("0.1538");
    assertThat(CohortCsv.decimal(1.0)).isEqualTo("1");
    assertThat(CohortCsv.decimal(0.0)).isEqualTo("0");
    assertThat(CohortCsv.decimal(0.0001)).isEqualTo("0.0001");
    assertThat(CohortCsv.decimal(Double.NaN)).isEmpty();
  }

  // --- helpers ---

  static CohortRow row(String learnerName, String learnerId, String unitTitle) {
    CohortRow base = ROWS.get(1);
    return new CohortRow(
        base.uln(),
        learnerName,
        learnerId,
        base.qualificationNumber(),
        base.qualificationTitle(),
        base.unitRef(),
        base.unitId(),
        unitTitle,
        base.achieved(),
        base.coverage(),
        base.readinessScore(),
        base.readinessStatus());
  }

  static String csv(List<CohortRow> rows) {
    Writer out = new StringWriter();
    try (CohortCsv csv = new CohortCsv(out)) {
      rows.forEach(csv::add);
    }
    return out.toString();
  }

  /** An RFC 4180 reader (CRLF or LF between records), for reading our CSV and LibreOffice's. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
