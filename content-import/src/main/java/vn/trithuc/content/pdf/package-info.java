/** Markdown articles as PDF (OpenPDF, Liberation fonts embedded so Vietnamese prints correctly). */
package vn.trithuc.content.pdf;
