namespace FilingLint.Documents;

public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
}
