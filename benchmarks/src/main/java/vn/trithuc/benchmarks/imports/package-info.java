/** MediaWiki import throughput against a running platform, beside bare Lucene. */
package vn.trithuc.benchmarks.imports;
