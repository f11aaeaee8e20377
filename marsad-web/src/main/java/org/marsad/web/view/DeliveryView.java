package org.marsad.web.view;

/**
 * One line of a watch's delivery log as its page shows it.
 *
 * @param whenIso     when it was queued (ISO-8601)
 * @param whenFull    the same date and time in words, for the tooltip
 * @param whenText    the same in Arabic ("منذ ساعتين")
 * @param channelText البريد | الخطاف
 * @param kindText    تنبيه | ملخص
 * @param status      pending | delivered | failed | held, for styling
 * @param statusText  the status in Arabic
 * @param attempts    how many times sending was tried
 * @param attemptsText the same counted in Arabic ("محاولتان", "3 محاولات"); null for one attempt or none
 * @param nextText    when a failed delivery is tried again ("المحاولة التالية بعد 5 دقائق"), or null when it waits
 *                    for nothing
 * @param error       the last error as the channel reported it, or null
 */
public record DeliveryView(String whenIso, String whenFull, String whenText, String channelText, String kindText, String status,
                           String statusText, int attempts, String attemptsText, String nextText, String error) {
}
