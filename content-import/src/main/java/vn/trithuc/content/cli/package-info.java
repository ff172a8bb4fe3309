/** The command line: {@code java -jar content-import.jar convert FILE}. */
package vn.trithuc.content.cli;
