/** An SLS as a PPL reads it: its number inside the village (the code's last part), e.g. "0003". */
export function slsNumber(slsCode: string): string {
  return slsCode.slice(slsCode.lastIndexOf('.') + 1);
}
