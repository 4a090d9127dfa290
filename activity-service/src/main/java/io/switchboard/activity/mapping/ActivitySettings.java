package io.switchboard.activity.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation's activity settings.
 *
 * @param storeMeetingTopics whether meeting and webinar topics are stored; when false they are never stored, and those
 *     stored before are erased (with an {@code activity.updated} for every entry whose title goes)
 */
public record ActivitySettings(@Schema(examples = "true") Boolean storeMeetingTopics) {}
