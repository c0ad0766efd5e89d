package sel
