/** The page's drop target for an .xlsx file, highlighted while a file is dragged over it. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";

const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: "6px",
    padding: "10px",
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
  },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
});

export function DropZone({
  onFile,
  children,
}: {
  onFile(file: File | undefined): void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={mergeClasses(styles.drop, dragging && styles.dropActive)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFile(event.dataTransfer.files[0]);
      }}
      data-testid="drop-zone"
    >
      {children}
    </div>
  );
}
