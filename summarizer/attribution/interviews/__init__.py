"""Pass 4 for interviews: question and answer turns, answers to the interviewee."""
