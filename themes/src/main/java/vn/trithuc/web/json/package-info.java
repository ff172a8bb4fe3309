/** JSON binding shared by both WARs' APIs. */
package vn.trithuc.web.json;
