/**
 * The learner's portfolio workbook, one class per sheet, with the cell styles and outcome colours
 * that the cohort workbook shares with it.
 */
package uk.attest.reports.workbook;
