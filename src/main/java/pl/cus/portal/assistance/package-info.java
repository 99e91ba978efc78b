/** Assistance: family assistants' work with a family. */
package pl.cus.portal.assistance;
