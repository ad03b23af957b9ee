/**
 * Bloc reviews as Excel workbooks (Apache POI): the template an office fills in, a review written as a workbook,
 * and a workbook read with the strictness of the JSON scenario format, each problem at its sheet and cell.
 */
package io.github.thidua.examples.xlsx;
