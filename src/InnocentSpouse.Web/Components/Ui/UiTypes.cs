namespace InnocentSpouse.Web.Components.Ui;

/// <summary>One error in an <see cref="ErrorSummary"/>: the id of the field to fix and the message.</summary>
/// <param name="FieldId">The id of the input the link moves to, e.g. "date-day".</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ErrorItem(string FieldId, string Message);

/// <summary>One choice in <see cref="Radios"/>.</summary>
/// <param name="Value">The value sent.</param>
/// <param name="Text">The label.</param>
/// <param name="Hint">Optional hint under the label.</param>
public sealed record RadioItem(string Value, string Text, string? Hint = null);

/// <summary>One box in <see cref="Checkboxes"/>; each box has its own name.</summary>
/// <param name="Name">The field name (and id).</param>
/// <param name="Value">The value sent when ticked.</param>
/// <param name="Text">The label.</param>
/// <param name="Checked">Whether it is ticked.</param>
/// <param name="Hint">Optional hint under the label.</param>
public sealed record CheckboxItem(string Name, string Value, string Text, bool Checked, string? Hint = null);

/// <summary>One row of a <see cref="SummaryList"/>.</summary>
/// <param name="Key">The term.</param>
/// <param name="Value">The value.</param>
/// <param name="ActionHref">Optional link, e.g. to change the value.</param>
/// <param name="ActionText">The link's text, with the key for screen readers added by the component.</param>
public sealed record SummaryListRow(string Key, string Value, string? ActionHref = null, string? ActionText = null);

/// <summary>One step of a <see cref="ProcessList"/>.</summary>
/// <param name="Heading">The step's heading.</param>
/// <param name="Text">What happens at this step.</param>
/// <param name="IsCurrent">True for the step the user is at.</param>
/// <param name="Key">Optional key for the caller, e.g. the stage.</param>
public sealed record ProcessListItem(string Heading, string Text, bool IsCurrent = false, string? Key = null);
