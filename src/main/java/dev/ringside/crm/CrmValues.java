package dev.ringside.crm;

/**
 * What a CRM link may carry about one call; any value may be null (it becomes empty).
 *
 * @param number    the caller's number as the PBX sent it
 * @param e164      the same number in E.164 ({@code +79123456789}) when it is a full number
 * @param name      the contact's name, else the caller ID name
 * @param company   the contact's company
 * @param linkedId  Asterisk's Linkedid of the call (one per call)
 * @param extension which of the operator's numbers rang
 */
public record CrmValues(String number, String e164, String name, String company, String linkedId, String extension) {
}
