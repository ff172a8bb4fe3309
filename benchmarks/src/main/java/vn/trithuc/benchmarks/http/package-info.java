/**
 * HTTP benchmarks against a running platform on this machine (loopback only, bounded runs).
 */
package vn.trithuc.benchmarks.http;
