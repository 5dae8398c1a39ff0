package uk.attest.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import uk.attest.Shipped;
import uk.attest.assessment.Assessment;
import uk.attest.assessment.Assessment.CriterionView;
import uk.attest.assessment.Assessment.QualificationView;
import uk.attest.assessment.Assessment.Reason;
import uk.attest.assessment.Assessment.UnitView;
import uk.attest.assessment.EvidenceBundle;

/**
 * The portfolio PDF, read back as its readers would: PDFBox for text, outline and fonts, veraPDF
 * for PDF/A-1b, and poppler's {@code pdftotext} as a user's own tool.
 */
class PortfolioPdfTest {
  static final ReportAssets ASSETS = ReportAssets.load(Path.of("reports"));
  static final EvidenceBundle BUNDLE = Shipped.bundle("examples/gaps-learner.json");
  static final Assessment ASSESSMENT = Shipped.ENGINE.assess(BUNDLE, Shipped.ASSESSED_ON);
  static final String WELSH_NAME = "Siân Llŷr Gwenllïan Ŵyn Zoë Ó Briain";
  static final OffsetDateTime GENERATED_AT =
      OffsetDateTime.of(2026, 11, 20, 10, 15, 30, 0, ZoneOffset.ofHours(1));
  static final String WELSH_ASSESSOR = "Gwenllïan Hughes (ghughes; ASSESSOR)";

  /**
   * A change summary of over a thousand characters: compact JSON with few spaces and, inside it, a
   * reference of 160 characters with no place to break at all.
   */
  static final String LONG_CHANGE =
      "{\"criteria\":[\"U501/1.1\"],\"description\":\"Draft strategy\"} → {\"criteria\":["
          + java.util.stream.IntStream.rangeClosed(1, 60)
              .mapToObj(i -> "\"U50" + (1 + i % 3) + "/" + (1 + i % 4) + "." + i + "\"")
              .collect(Collectors.joining(","))
          + "],\"description\":\"Strategy pack for the Caerdydd site, revised after the"
          + " assessor's feedback on the second observation of practice\",\"reference\":\""
          + "ab".repeat(80)
          + "\"}";

  /** The learner's entries in the audit trail: GMT and BST times, a Welsh actor, a long change. */
  static final List<Portfolio.AuditLine> AUDIT =
      List.of(
          new Portfolio.AuditLine(
              41,
              OffsetDateTime.of(2026, 3, 2, 9, 14, 5, 0, ZoneOffset.UTC),
              WELSH_NAME + " (lrn0002; LEARNER)",
              "evidence.uploaded",
              "evidence EV-002",
              "{\"id\":\"EV-002\",\"method\":\"PRODUCT\",\"title\":\"Strategy pack\"}",
              sha256("audit/41")),
          new Portfolio.AuditLine(
              42,
              OffsetDateTime.of(2026, 3, 2, 9, 20, 0, 0, ZoneOffset.UTC),
              WELSH_NAME + " (lrn0002; LEARNER)",
              "evidence.claimed",
              "evidence EV-002",
              LONG_CHANGE,
              sha256("audit/42")),
          new Portfolio.AuditLine(
              57,
              OffsetDateTime.of(2026, 6, 9, 13, 30, 45, 0, ZoneOffset.UTC),
              WELSH_ASSESSOR,
              "judgement.recorded",
              "evidence EV-002",
              "{\"verdict\":\"REFERRED\"} → {\"proficiency\":\"ADVANCED\",\"verdict\":\"ACCEPTED\"}",
              sha256("audit/57")),
          new Portfolio.AuditLine(
              63,
              OffsetDateTime.of(2026, 6, 30, 8, 0, 0, 0, ZoneOffset.ofHours(1)),
              "Rhodri Ap Ifan (rapifan; IQA)",
              "iqa.sampled",
              "evidence EV-002",
              "{\"outcome\":\"AGREED\"}",
              sha256("audit/63")));

  // Declared after AUDIT, which it uses.
  static final Portfolio PORTFOLIO = welshLearnerWithFiles();

  /** The portfolio with its declaration at this place (learner 0, assessor 1, IQA 2) replaced. */
  static Portfolio withDeclaration(Portfolio p, int index, Portfolio.Declaration declaration) {
    List<Portfolio.Declaration> declarations = new ArrayList<>(p.declarations());
    declarations.set(index, declaration);
    return new Portfolio(
        p.learnerId(),
        p.learnerName(),
        p.uln(),
        p.centreName(),
        p.assessment(),
        p.evidence(),
        declarations,
        p.generatedAt(),
        p.audit());
  }

  static final byte[] PDF = render(PORTFOLIO);
  static final List<String> SECTIONS =
      List.of(
          "Learner portfolio",
          "Competency matrix",
          "Criteria by unit",
          "Evidence index",
          "Career progression and skills gaps",
          "Audit trail",
          "Declarations");

  @Test
  void theLearnersNameKeepsItsWelshLettersInTheExtractedText() throws IOException {
    keep("", PDF);
    String text = text(PDF);
    assertThat(text).contains(WELSH_NAME);
    assertThat(text).contains("Ŵ", "ŷ", "â", "ï", "ë", "Ó");
  }

  @Test
  void everyAssessmentCriterionOfTheQualificationIsInTheText() throws IOException {
    String text = text(PDF);
    List<String> ids = criterionIds(ASSESSMENT);
    assertThat(ids).hasSizeGreaterThan(50);
    assertThat(text).contains(ids);
  }

  @Test
  void theCoverShowsTheReadinessScoreStatusQualificationAndFullVersions() throws IOException {
    var readiness = ASSESSMENT.qualification().readiness();
    String cover = text(PDF, 1, 1);
    assertThat(cover)
        .contains(
            readiness.score() + " / 100",
            "Not ready",
            ASSESSMENT.qualification().title(),
            ASSESSMENT.qualification().number(),
            "Level " + ASSESSMENT.qualification().level(),
            "20 November 2026",
            PORTFOLIO.uln(),
            "Coleg Llŷn Centre");
    // Long version strings may wrap, but every character is there, in order.
    String joined = cover.replaceAll("\\s+", "");
    assertThat(joined).contains(ASSESSMENT.catalogueVersion(), ASSESSMENT.rulesetVersion());
  }

  @Test
  void aPortfolioWithoutACentreShowsADash() throws IOException {
    Portfolio noCentre =
        new Portfolio(
            PORTFOLIO.learnerId(),
            PORTFOLIO.learnerName(),
            PORTFOLIO.uln(),
            null,
            PORTFOLIO.assessment(),
            PORTFOLIO.evidence(),
            PORTFOLIO.declarations(),
            PORTFOLIO.generatedAt());
    assertThat(text(render(noCentre), 1, 1)).containsPattern("Centre\\s+—");
  }

  @Test
  void everyFilesSha256IsInTheEvidenceIndexAndAnItemWithoutFilesSaysSo() throws IOException {
    String text = text(PDF);
    List<Portfolio.FileEntry> files =
        PORTFOLIO.evidence().stream().flatMap(e -> e.files().stream()).toList();
    assertThat(files).hasSizeGreaterThan(10);
    for (Portfolio.FileEntry f : files) {
      assertThat(text).contains(f.sha256(), f.name());
    }
    assertThat(text).contains("no files");
    // Titles wrap in their cells, at spaces or after a hyphen: compare without whitespace.
    String joined = text.replaceAll("\\s+", "");
    for (Portfolio.EvidenceEntry e : PORTFOLIO.evidence()) {
      assertThat(joined).contains(e.id(), e.title().replaceAll("\\s+", ""));
    }
  }

  @Test
  void aWithdrawnItemStaysInTheEvidenceIndexMarkedWithdrawn() throws IOException {
    Portfolio.EvidenceEntry first = PORTFOLIO.evidence().get(0);
    List<Portfolio.EvidenceEntry> evidence = new java.util.ArrayList<>(PORTFOLIO.evidence());
    evidence.set(
        0,
        new Portfolio.EvidenceEntry(
            first.id(),
            first.title(),
            first.method(),
            first.activityDate(),
            first.assessor(),
            "WITHDRAWN",
            first.proficiency(),
            first.criteria(),
            first.files()));
    Portfolio withdrawn =
        new Portfolio(
            PORTFOLIO.learnerId(),
            PORTFOLIO.learnerName(),
            PORTFOLIO.uln(),
            PORTFOLIO.centreName(),
            PORTFOLIO.assessment(),
            evidence,
            PORTFOLIO.declarations(),
            PORTFOLIO.generatedAt());
    String text = text(render(withdrawn));
    assertThat(text).contains("Withdrawn");
    assertThat(text.replaceAll("\\s+", "")).contains(first.title().replaceAll("\\s+", ""));
    assertThat(text(PDF)).doesNotContain("Withdrawn");
  }

  @Test
  void everyPageFooterSaysPageXOfY() throws IOException {
    try (PDDocument doc = Loader.loadPDF(PDF)) {
      int n = doc.getNumberOfPages();
      assertThat(n).isGreaterThan(5);
      for (int page = 1; page <= n; page++) {
        assertThat(text(PDF, page, page)).contains("Page " + page + " of " + n);
      }
    }
  }

  @Test
  void theOutlineHasEachSectionAndUnderCriteriaByUnitAnEntryPerUnitOnItsPage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(PDF)) {
      List<String> sections = new ArrayList<>();
      PDOutlineItem criteria = null;
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        sections.add(item.getTitle());
        if (item.getTitle().equals("Criteria by unit")) {
          criteria = item;
        }
      }
      assertThat(sections).containsExactlyElementsOf(SECTIONS);
      assertThat(criteria).isNotNull();
      List<UnitView> units = ASSESSMENT.qualification().units();
      List<PDOutlineItem> unitItems = new ArrayList<>();
      criteria.children().forEach(unitItems::add);
      assertThat(unitItems).hasSize(units.size());
      for (int i = 0; i < units.size(); i++) {
        UnitView unit = units.get(i);
        PDOutlineItem item = unitItems.get(i);
        assertThat(item.getTitle()).startsWith(unit.id()).contains(unit.title());
        int page = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
        assertThat(text(PDF, page, page)).as(unit.id()).contains(unit.criteria().get(0).id());
      }
    }
  }

  @Test
  void everyFontOnEveryPageIsEmbeddedAndNoneIsABuiltInFont() throws IOException {
    try (PDDocument doc = Loader.loadPDF(PDF)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
      assertThat(fonts).isNotEmpty();
      for (PDFont font : fonts) {
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
        assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
            .as(font.getName())
            .isNotNull();
        assertThat(font.getName()).contains("DejaVu");
      }
    }
  }

  @Test
  void thePortfolioIsValidPdfA1b() throws Exception {
    // With its audit trail: a Welsh actor, arrows and a change that wraps over many lines.
    assertThat(PORTFOLIO.audit()).isNotEmpty();
    ValidationResult result = validate(PDF);
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
  }

  @Test
  void theValidatorRejectsAPlainPdfWithBuiltInFontsAndNoMetadata() throws Exception {
    // The near miss: OpenPDF's defaults, so a passing portfolio means the PDF/A parts are there.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    com.lowagie.text.Document doc = new com.lowagie.text.Document();
    com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
    doc.open();
    doc.add(new com.lowagie.text.Paragraph("Learner portfolio"));
    doc.close();
    ValidationResult result = validate(out.toByteArray());
    assertThat(result.isCompliant()).isFalse();
    assertThat(failures(result))
        .contains("6.3.4-1", "6.7.2-1") // fonts not embedded; no XMP metadata
        .contains("6.2.3.3"); // device colour without an output intent
  }

  @Test
  void pdftotextShowsTheWelshNameAndTheReadinessScore(@TempDir Path dir) throws Exception {
    Path pdftotext = locate("pdftotext");
    Path file = dir.resolve("portfolio.pdf");
    Files.write(file, PDF);
    Process process =
        new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", file.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out)
        .contains(WELSH_NAME)
        .contains(ASSESSMENT.qualification().readiness().score() + " / 100")
        .contains("Gwenllïan Hughes", "judgement.recorded", AUDIT.get(2).hash().substring(0, 12));
  }

  @Test
  void theMatrixFillsEachCriterionCellWithItsOutcomeColourAndHasALegend() throws IOException {
    int matrixPage = pageOf("Competency matrix");
    assertThat(text(PDF, matrixPage, matrixPage))
        .contains("Legend")
        .contains(ASSETS.outcomes().values().stream().map(ReportAssets.Outcome::label).toList());
    Set<String> fills = fillColours(matrixPage);
    for (String outcome : ReportAssets.OUTCOMES) {
      assertThat(fills).as(outcome).contains(ASSETS.outcomes().get(outcome).colour());
    }
    // Every unit is a row and every criterion's number a cell.
    String matrix = text(PDF, matrixPage, matrixPage + 1);
    for (UnitView unit : ASSESSMENT.qualification().units()) {
      assertThat(matrix).contains(unit.id(), unit.ref());
    }
  }

  @Test
  void textOnAnOutcomeColourIsBlackOrWhiteWhicheverContrastsMore() {
    for (ReportAssets.Outcome o : ASSETS.outcomes().values()) {
      Color bg = new Color(Integer.parseInt(o.colour(), 16));
      Color text = PortfolioPdf.onColour(bg);
      assertThat(contrast(bg, text)).as(o.label()).isGreaterThanOrEqualTo(4.5);
      Color other = text.equals(Color.WHITE) ? Color.BLACK : Color.WHITE;
      assertThat(contrast(bg, text)).as(o.label()).isGreaterThanOrEqualTo(contrast(bg, other));
    }
  }

  @Test
  void eachCriterionShowsItsOutcomeEveryReasonAndTheEvidenceBehindIt() throws IOException {
    String text = text(PDF).replaceAll("\\s+", " ");
    UnitView unit = ASSESSMENT.qualification().units().get(0);
    for (CriterionView c : unit.criteria()) {
      for (Reason r : c.reasons()) {
        assertThat(text).contains(r.rule());
        assertThat(text).contains(r.message().replaceAll("\\s+", " "));
      }
      assertThat(text).contains(c.evidence());
    }
    assertThat(text).contains(unit.reason().message());
  }

  @Test
  void progressionGapsAndTimeToCompetencyAreShown() throws IOException {
    int page = pageOf("Career progression and skills gaps");
    String text = text(PDF, page, page + 1).replaceAll("\\s+", " ");
    var progression = ASSESSMENT.progression();
    assertThat(text)
        .contains(progression.targetTitle(), progression.score() + " / 100", progression.reason());
    // Names may wrap at a hyphen ("E-" / "commerce"), so compare without spaces.
    String joined = text.replace(" ", "");
    for (var gap : ASSESSMENT.gaps()) {
      assertThat(joined).contains(gap.name().replace(" ", ""));
    }
    var time = ASSESSMENT.timeToCompetency();
    assertThat(text).contains(time.weeks() + " weeks", time.reason());
  }

  @Test
  void theDeclarationsShowTheirTextWithNameAndDateOrNotYetSigned() throws IOException {
    int page = pageOf("Declarations");
    String text = text(PDF, page, page + 1).replaceAll("\\s+", " ");
    for (Portfolio.Declaration d : PORTFOLIO.declarations()) {
      assertThat(text).contains(d.text().replaceAll("\\s+", " "));
    }
    assertThat(text).contains("Signed by " + WELSH_NAME, "2 June 2026", "Not yet signed");
  }

  @Test
  void aPortfolioFromABundleIsSignedByNoOne() throws IOException {
    Portfolio bundle = Portfolios.fromBundle(BUNDLE, ASSESSMENT, ASSETS, GENERATED_AT);
    assertThat(bundle.declarations()).allSatisfy(d -> assertThat(d.name()).isNull());
    String text = text(render(bundle)).replaceAll("\\s+", " ");
    assertThat(text).containsPattern("(Not yet signed.*){3}").doesNotContain("Signed by");
  }

  @Test
  void aSignatureMadeBeforeTheRecordsChangedSaysItCoversAnEarlierState() throws IOException {
    Portfolio signed =
        withDeclaration(
            PORTFOLIO,
            2,
            new Portfolio.Declaration(
                "IQA",
                "Rhodri Ap Ifan",
                LocalDate.of(2026, 12, 3),
                ASSETS.declarations().get("IQA"),
                LocalDate.of(2026, 12, 1),
                true));
    String text = text(render(signed)).replaceAll("\\s+", " ");
    String iqa = text.substring(text.lastIndexOf("Internal quality assurance (IQA) declaration"));
    assertThat(iqa)
        .contains(
            "Signed by Rhodri Ap Ifan",
            "Date 3 December 2026",
            "For the record of 1 December 2026.",
            "The evidence or its assessment has changed since: this signature covers an earlier"
                + " state.");
  }

  @Test
  void theIqaDeclarationShowsTheNameAndDateItWasSigned() throws IOException {
    List<Portfolio.Declaration> declarations = new ArrayList<>(PORTFOLIO.declarations());
    declarations.set(
        2,
        new Portfolio.Declaration(
            "IQA", "Rhodri Ap Ifan", LocalDate.of(2026, 6, 30), ASSETS.declarations().get("IQA")));
    Portfolio sampled =
        new Portfolio(
            PORTFOLIO.learnerId(),
            PORTFOLIO.learnerName(),
            PORTFOLIO.uln(),
            PORTFOLIO.centreName(),
            PORTFOLIO.assessment(),
            PORTFOLIO.evidence(),
            declarations,
            PORTFOLIO.generatedAt(),
            PORTFOLIO.audit());
    String text = text(render(sampled)).replaceAll("\\s+", " ");
    String iqa = text.substring(text.lastIndexOf("Internal quality assurance (IQA) declaration"));
    assertThat(iqa).contains("Signed by Rhodri Ap Ifan", "Date 30 June 2026");
    assertThat(text).doesNotContain("Not yet signed");
  }

  @Test
  void thePortfolioListsTheLearnersAuditEntries() throws IOException {
    int from = pageOf("Audit trail");
    int to = pageOf("Declarations") - 1;
    String text = text(PDF, from, to);
    String spaced = text.replaceAll("\\s+", " ");
    for (Portfolio.AuditLine line : AUDIT) {
      assertThat(text).containsPattern("(?m)^" + line.seq() + " ");
      assertThat(spaced)
          .contains(line.actor(), line.action(), line.subject())
          .contains(line.hash().substring(0, PortfolioPdf.HASH_PREFIX) + "…")
          .doesNotContain(line.hash()); // only the prefix: the full chain is checked by the API
    }
    assertThat(spaced).contains(WELSH_ASSESSOR);
    // Times in UK time, to the second: GMT in March, BST in June.
    assertThat(spaced)
        .contains("2 Mar 2026 09:14:05 GMT", "9 Jun 2026 14:30:45 BST", "30 Jun 2026 08:00:00 BST");
    // The change before → after, each in full (wrapped lines joined again).
    String joined = text.replaceAll("\\s+", "");
    for (Portfolio.AuditLine line : AUDIT) {
      assertThat(joined).contains(line.change().replaceAll("\\s+", ""));
    }
    assertThat(spaced).contains("the full chain can be verified with GET /api/audit/verify.");
  }

  @Test
  void aLongChangeWrapsOntoMoreLinesInsteadOfRunningOffThePage() throws IOException {
    int from = pageOf("Audit trail");
    int to = pageOf("Declarations") - 1;
    // Over a thousand characters: more than a dozen lines, none wider than the text area.
    long lines =
        text(PDF, from, to).lines().filter(l -> l.contains("\"U50") || l.contains("abab")).count();
    assertThat(LONG_CHANGE).hasSizeGreaterThan(1000);
    assertThat(lines).isGreaterThanOrEqualTo(8);
    try (PDDocument doc = Loader.loadPDF(PDF)) {
      float right = doc.getPage(from - 1).getMediaBox().getWidth() - 40;
      List<Float> ends = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                ends.add(p.getXDirAdj() + p.getWidthDirAdj());
              }
            }
          };
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      stripper.getText(doc);
      assertThat(ends).isNotEmpty();
      assertThat(ends).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(right + 0.5f));
    }
  }

  @Test
  void aPortfolioAssessedFromABundleSaysInOneLineThatItHasNoAuditEntries() throws IOException {
    Portfolio fromBundle = Portfolios.fromBundle(BUNDLE, ASSESSMENT, ASSETS, GENERATED_AT);
    assertThat(fromBundle.audit()).isEmpty();
    byte[] pdf = render(fromBundle);
    String text = text(pdf).replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "Audit trail No audit entries: this portfolio was assessed from an evidence bundle,"
                + " outside the service.")
        .doesNotContain("/api/audit/verify");
  }

  @Test
  void theDocumentCarriesItsTitleAuthorSubjectAndKeywords() throws IOException {
    try (PDDocument doc = Loader.loadPDF(PDF)) {
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Learner portfolio: " + WELSH_NAME);
      assertThat(info.getAuthor()).isEqualTo(ASSETS.organisation());
      assertThat(info.getSubject()).contains(ASSESSMENT.qualification().number());
      assertThat(info.getKeywords()).contains(PORTFOLIO.uln());
      String xmp =
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("pdfaid:part", "Learner portfolio: " + WELSH_NAME);
    }
  }

  @Test
  void aPortfolioWith200EvidenceItemsAnd60CriteriaRendersEveryItemAndCriterion() throws Exception {
    Portfolio big = large(200, 6, 10);
    byte[] pdf = render(big);
    keep("-large", pdf);
    String text = text(pdf);
    assertThat(criterionIds(big.assessment())).hasSize(60);
    assertThat(text).contains(criterionIds(big.assessment()));
    for (Portfolio.EvidenceEntry e : big.evidence()) {
      assertThat(text).contains(e.id(), e.files().get(0).sha256());
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(10);
    }
    ValidationResult result = validate(pdf);
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
  }

  @Test
  void aPortfolioWithNoEvidenceProgressionGapsOrEstimateSaysSoAndStaysValid() throws Exception {
    Assessment a = ASSESSMENT;
    Assessment bare =
        new Assessment(
            a.learner(),
            a.assessedOn(),
            a.catalogueVersion(),
            a.rulesetVersion(),
            a.qualification(),
            a.standards(),
            null,
            List.of(),
            null);
    Portfolio empty =
        new Portfolio(
            "LRN-EMPTY",
            WELSH_NAME,
            PORTFOLIO.uln(),
            null,
            bare,
            List.of(),
            List.of(),
            GENERATED_AT);
    byte[] pdf = render(empty);
    assertThat(text(pdf).replaceAll("\\s+", " "))
        .contains(
            "No evidence has been recorded.",
            "No career pathway applies to this learner.",
            "No skills gaps were assessed.",
            "Not estimated.",
            "No audit entries: this portfolio was assessed from an evidence bundle, outside the"
                + " service.")
        .containsPattern("(Not yet signed.*){3}");
    ValidationResult result = validate(pdf);
    assertThat(result.isCompliant()).as(failures(result)).isTrue();
  }

  @Test
  void writingLeavesTheCallersStreamOpen() {
    var out =
        new ByteArrayOutputStream() {
          boolean closed;

          @Override
          public void close() {
            closed = true;
          }
        };
    PortfolioPdf.write(PORTFOLIO, ASSETS, out);
    assertThat(out.closed).isFalse();
    assertThat(new String(out.toByteArray(), 0, 8, StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-1.4");
  }

  // --- fixtures ---

  /** The gaps learner, renamed with every Welsh and Irish letter, with stored files. */
  static Portfolio welshLearnerWithFiles() {
    Portfolio base = Portfolios.fromBundle(BUNDLE, ASSESSMENT, ASSETS, GENERATED_AT);
    List<Portfolio.EvidenceEntry> evidence = new ArrayList<>();
    for (int i = 0; i < base.evidence().size(); i++) {
      Portfolio.EvidenceEntry e = base.evidence().get(i);
      List<Portfolio.FileEntry> files = new ArrayList<>();
      // The first item has no files; the second has two.
      for (int f = 0; f < (i == 0 ? 0 : i == 1 ? 2 : 1); f++) {
        String name = e.id().toLowerCase() + "-" + (f + 1) + ".pdf";
        files.add(
            new Portfolio.FileEntry(
                name, "application/pdf", 20_000L + i * 1000L, sha256(e.id() + "/" + name)));
      }
      evidence.add(
          new Portfolio.EvidenceEntry(
              e.id(),
              e.title(),
              e.method(),
              e.activityDate(),
              e.assessor(),
              e.decision(),
              e.proficiency(),
              e.criteria(),
              files));
    }
    List<Portfolio.Declaration> declarations =
        List.of(
            new Portfolio.Declaration(
                "LEARNER",
                WELSH_NAME,
                LocalDate.of(2026, 6, 2),
                ASSETS.declarations().get("LEARNER")),
            new Portfolio.Declaration(
                "ASSESSOR",
                "Rhodri Ap Ifan",
                LocalDate.of(2026, 6, 9),
                ASSETS.declarations().get("ASSESSOR")),
            new Portfolio.Declaration("IQA", null, null, ASSETS.declarations().get("IQA")));
    return new Portfolio(
        base.learnerId(),
        WELSH_NAME,
        base.uln(),
        "Coleg Llŷn Centre",
        base.assessment(),
        evidence,
        declarations,
        GENERATED_AT,
        AUDIT);
  }

  /** A portfolio with {@code items} evidence items and {@code units} × {@code perUnit} criteria. */
  static Portfolio large(int items, int units, int perUnit) {
    List<String> outcomes = ReportAssets.OUTCOMES;
    List<UnitView> unitViews = new ArrayList<>();
    int n = 0;
    for (int u = 1; u <= units; u++) {
      String unitId = String.format("U6%02d", u);
      List<CriterionView> criteria = new ArrayList<>();
      for (int c = 1; c <= perUnit; c++, n++) {
        String outcome = outcomes.get(n % outcomes.size());
        List<String> ev =
            outcome.equals("NOT_STARTED")
                ? List.of()
                : List.of(evidenceId(n % items), evidenceId((n * 7 + 3) % items));
        criteria.add(
            new CriterionView(
                unitId + "/" + (1 + (c - 1) / 4) + "." + c,
                "Explain how criterion " + c + " of unit " + u + " is demonstrated in practice",
                outcome,
                List.of(new Reason("AC-0" + (1 + n % 4), "Outcome " + outcome + " for " + c, ev)),
                ev,
                ev));
      }
      unitViews.add(
          new UnitView(
              unitId,
              "Z/699/96" + u,
              "Unit " + u + " of the large qualification",
              6,
              10,
              60,
              u <= 3 ? "M" : "A",
              false,
              0.25,
              true,
              new Reason("UNIT-02", "Not achieved yet.", List.of()),
              criteria));
    }
    QualificationView q = ASSESSMENT.qualification();
    Assessment a =
        new Assessment(
            ASSESSMENT.learner(),
            ASSESSMENT.assessedOn(),
            ASSESSMENT.catalogueVersion(),
            ASSESSMENT.rulesetVersion(),
            new QualificationView(
                "large",
                "Large Level 6 Diploma",
                "699/9999/9",
                6,
                60,
                q.readiness(),
                q.rulesOfCombination(),
                unitViews),
            List.of(),
            ASSESSMENT.progression(),
            ASSESSMENT.gaps(),
            ASSESSMENT.timeToCompetency());
    List<Portfolio.EvidenceEntry> evidence = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      String id = evidenceId(i);
      evidence.add(
          new Portfolio.EvidenceEntry(
              id,
              "Evidence item " + i + ": observation of practice at the Caerdydd site",
              i % 2 == 0 ? "OBSERVATION" : "PRODUCT",
              LocalDate.of(2026, 1, 1).plusDays(i),
              "ASR-0" + (i % 3),
              i % 5 == 0 ? "REFERRED" : "ACCEPTED",
              "Advanced",
              List.of("U601/1.1"),
              List.of(
                  new Portfolio.FileEntry(
                      id + ".pdf", "application/pdf", 1000L * i, sha256("large/" + id)))));
    }
    return new Portfolio(
        "LRN-LARGE",
        WELSH_NAME,
        PORTFOLIO.uln(),
        "Coleg Llŷn Centre",
        a,
        evidence,
        PORTFOLIO.declarations(),
        GENERATED_AT);
  }

  static String evidenceId(int i) {
    return String.format("EV-%03d", i + 1);
  }

  // --- helpers ---

  static byte[] render(Portfolio portfolio) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PortfolioPdf.write(portfolio, ASSETS, out);
    return out.toByteArray();
  }

  /** With -Dportfolio.pdf=FILE.pdf, keeps a copy to look at (FILE-large.pdf for the large one). */
  static void keep(String suffix, byte[] pdf) throws IOException {
    String file = System.getProperty("portfolio.pdf");
    if (file != null) {
      Files.write(Path.of(file.replaceFirst("(\\.pdf)?$", suffix + ".pdf")), pdf);
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static String text(byte[] pdf, int from, int to) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(Math.min(to, doc.getNumberOfPages()));
      return stripper.getText(doc);
    }
  }

  /** The page (from 1) a top-level bookmark points to. */
  static int pageOf(String section) throws IOException {
    try (PDDocument doc = Loader.loadPDF(PDF)) {
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        if (item.getTitle().equals(section)) {
          return doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
        }
      }
    }
    throw new AssertionError("no bookmark '" + section + "'");
  }

  static List<String> criterionIds(Assessment a) {
    return a.qualification().units().stream()
        .flatMap(u -> u.criteria().stream())
        .map(CriterionView::id)
        .toList();
  }

  static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), fonts);
      }
    }
  }

  /** The non-stroking RGB colours (as hex) the page's content stream fills with. */
  static Set<String> fillColours(int page) throws IOException {
    Set<String> colours = new LinkedHashSet<>();
    try (PDDocument doc = Loader.loadPDF(PDF)) {
      PDFStreamParser parser = new PDFStreamParser(doc.getPage(page - 1));
      List<COSBase> operands = new ArrayList<>();
      for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
        if (token instanceof Operator op) {
          if (op.getName().equals("rg") && operands.size() == 3) {
            StringBuilder hex = new StringBuilder();
            for (COSBase o : operands) {
              hex.append(String.format("%02X", Math.round(((COSNumber) o).floatValue() * 255)));
            }
            colours.add(hex.toString());
          }
          operands.clear();
        } else {
          operands.add((COSBase) token);
        }
      }
    }
    return colours;
  }

  static ValidationResult validate(byte[] pdf) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (InputStream in = new ByteArrayInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_1_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)) {
      return validator.validate(parser);
    }
  }

  /** The failed rules, one a line, with clause, test, description and where. */
  static String failures(ValidationResult result) {
    return "PDF/A-1b failures:\n"
        + result.getTestAssertions().stream()
            .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
            .map(
                t ->
                    t.getRuleId().getClause()
                        + "-"
                        + t.getRuleId().getTestNumber()
                        + " "
                        + t.getMessage()
                        + " @ "
                        + t.getLocation().getContext()
                        + (t.getErrorMessage() == null ? "" : " : " + t.getErrorMessage()))
            .distinct()
            .collect(Collectors.joining("\n"));
  }

  static Path locate(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path p = Path.of(dir, command);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    String message = command + " is not installed: apt-get install -y poppler-utils";
    if (System.getenv("CI") != null) {
      fail("CI is set and this test must run there. " + message);
    }
    Assumptions.abort("Skipped locally (CI is not set). " + message);
    return null;
  }

  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double luminance(Color c) {
    double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
    for (int i = 0; i < 3; i++) {
      rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
