package sel_test
