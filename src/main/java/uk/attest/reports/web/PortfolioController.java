package uk.attest.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.attest.catalogue.Catalogue;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.reports.CohortExport;
import uk.attest.reports.LearnerPortfolios;
import uk.attest.reports.PortfolioPdf;
import uk.attest.reports.PortfolioWorkbook;
import uk.attest.reports.ReportAssets;
import uk.attest.shared.Actor;
import uk.attest.shared.InvalidInputException;

/** A learner's portfolio as PDF or Excel, and the awarding-body export of a centre's cohort. */
@Tag(
    name = "Portfolios and exports",
    description = "A learner's portfolio as PDF or Excel, and a centre's awarding-body export.")
@RestController
class PortfolioController {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final LearnerPortfolios portfolios;
  private final LearnerAssessments assessments;
  private final ReportAssets assets;
  private final Catalogue catalogue;

  PortfolioController(
      LearnerPortfolios portfolios,
      LearnerAssessments assessments,
      ReportAssets assets,
      Catalogue catalogue) {
    this.portfolios = portfolios;
    this.assessments = assessments;
    this.assets = assets;
    this.catalogue = catalogue;
  }

  @Operation(summary = "A learner's portfolio as PDF/A")
  @ApiResponse(
      responseCode = "200",
      description = "The file",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  @GetMapping("/api/learners/{id}/portfolio.pdf")
  ResponseEntity<StreamingResponseBody> pdf(
      Actor actor, @PathVariable String id, @RequestParam(required = false) LocalDate date) {
    var portfolio = portfolios.portfolio(actor, id, date == null ? assessments.today() : date);
    return download(
        MediaType.APPLICATION_PDF,
        "portfolio-" + portfolio.uln() + ".pdf",
        out -> PortfolioPdf.write(portfolio, assets, out));
  }

  @Operation(summary = "A learner's portfolio as an Excel workbook")
  @ApiResponse(
      responseCode = "200",
      description = "The file",
      content =
          @Content(
              mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              schema = @Schema(type = "string", format = "binary")))
  @GetMapping("/api/learners/{id}/portfolio.xlsx")
  ResponseEntity<StreamingResponseBody> xlsx(
      Actor actor, @PathVariable String id, @RequestParam(required = false) LocalDate date) {
    var portfolio = portfolios.portfolio(actor, id, date == null ? assessments.today() : date);
    return download(
        XLSX,
        "portfolio-" + portfolio.uln() + ".xlsx",
        out -> PortfolioWorkbook.write(portfolio, assets, out));
  }

  /** A ZIP of the cohort workbook, every learner's portfolio PDF, a CSV and manifest.json. */
  @Operation(summary = "A centre's awarding-body export as a ZIP")
  @ApiResponse(
      responseCode = "200",
      description = "The file",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = "string", format = "binary")))
  @GetMapping("/api/centres/{id}/exports/{qualificationId}.zip")
  ResponseEntity<StreamingResponseBody> export(
      Actor actor,
      @PathVariable String id,
      @PathVariable String qualificationId,
      @RequestParam(required = false) LocalDate date) {
    var qualification =
        catalogue
            .qualification(qualificationId)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "qualificationId", "unknown qualification '" + qualificationId + "'"));
    LocalDate on = date == null ? assessments.today() : date;
    var plan = portfolios.beginExport(actor, id, qualificationId, on);
    String title = CohortExport.title(qualification, plan.centreName(), on);
    return download(
        MediaType.parseMediaType("application/zip"),
        "export-" + id + "-" + qualificationId + "-" + on + ".zip",
        out ->
            CohortExport.write(
                out,
                assets,
                title,
                plan.auditHead(),
                plan.auditCheckpoint(),
                plan.learners().stream().map(l -> portfolios.portfolio(actor, l, on))::iterator));
  }

  private static ResponseEntity<StreamingResponseBody> download(
      MediaType type, String fileName, StreamingResponseBody body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }
}
