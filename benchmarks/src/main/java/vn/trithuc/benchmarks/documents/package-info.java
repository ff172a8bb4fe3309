/** Document conversion (Apache Tika → Markdown) timings. */
package vn.trithuc.benchmarks.documents;
