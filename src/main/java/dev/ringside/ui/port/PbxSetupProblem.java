package dev.ringside.ui.port;

import java.util.List;

/**
 * The PBX is set up so that the operator's calls cannot be followed completely: its filters hide
 * the events of the operator's phones.
 *
 * @param numbers    the operator's numbers whose phone events are missing
 * @param fixCommand the command that prints the AMI user's manager.conf section that works
 */
public record PbxSetupProblem(List<String> numbers, String fixCommand) {
}
