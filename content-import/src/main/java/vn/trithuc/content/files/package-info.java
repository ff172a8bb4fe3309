/**
 * Uploaded files judged by their content (Apache Tika's magic-byte detection), not by the name or
 * the type a browser claims: only documents and images pass, executables never, and a file whose
 * name says one type while its bytes say another is refused.
 */
package vn.trithuc.content.files;
